def make(rows: Int, cols: Int, fill: Float64) -> List[List[Float64]]:
    var m = List[List[Float64]]()
    for _ in range(rows):
        m.append(List[Float64](length=cols, fill=fill))
    return m^


def matmul(a: List[List[Float64]], b: List[List[Float64]]) -> List[List[Float64]]:
    var n = len(a)
    var k = len(b)
    var p = len(b[0])
    var c = make(n, p, 0.0)
    for i in range(n):
        for j in range(p):
            var s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c^


def transpose(a: List[List[Float64]]) -> List[List[Float64]]:
    var t = make(len(a[0]), len(a), 0.0)
    for i in range(len(a)):
        for j in range(len(a[0])):
            t[j][i] = a[i][j]
    return t^


def show(m: List[List[Float64]]):
    for row in m:
        print(row)


def main():
    var a = make(2, 3, 1.0)
    a[0][1] = 2.0
    a[1][2] = -1.5
    var b = transpose(a)
    show(a)
    print("--")
    show(b)
    print("--")
    var c = matmul(a, b)
    show(c)
    var trace = 0.0
    for i in range(len(c)):
        trace += c[i][i]
    print("trace:", trace)
    var flat = List[Float64]()
    for row in c:
        flat.extend(row.copy())
    print("flat:", flat, "max:", max(flat[0], flat[3]))
