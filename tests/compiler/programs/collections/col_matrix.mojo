def make_matrix(rows: Int, cols: Int, fill: Float64) -> List[List[Float64]]:
    var m = List[List[Float64]]()
    for _ in range(rows):
        m.append(List[Float64](length=cols, fill=fill))
    return m^


def matmul(a: List[List[Float64]], b: List[List[Float64]]) -> List[List[Float64]]:
    var n = len(a)
    var k = len(b)
    var p = len(b[0])
    var c = make_matrix(n, p, 0.0)
    for i in range(n):
        for j in range(p):
            var s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c^


def transpose(a: List[List[Float64]]) -> List[List[Float64]]:
    var t = make_matrix(len(a[0]), len(a), 0.0)
    for i in range(len(a)):
        for j in range(len(a[0])):
            t[j][i] = a[i][j]
    return t^


def main() raises:
    var a: List[List[Float64]] = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    var b = transpose(a)
    print(a)
    print(b)
    var c = matmul(a, b)
    for row in c:
        print(row)
    c[0][0] += 0.5
    c[1].append(99.0)
    print(c)
    var grid = List[List[Int]]()
    for i in range(3):
        grid.append([i * 3 + j for j in range(3)])
    print(grid)
    var flat = List[Int]()
    for row in grid:
        flat.extend(row.copy())
    print(flat, len(flat))
    var diag = [grid[i][i] for i in range(len(grid))]
    print(diag)
    print(grid[2][1:])
    print(grid[len(grid) - 1][2])
