# Matrix arithmetic on List[List[Float64]]: product, transpose, identity check.


def make(rows: Int, cols: Int, start: Float64) -> List[List[Float64]]:
    var m = List[List[Float64]]()
    var v = start
    for _ in range(rows):
        var row = List[Float64]()
        for _ in range(cols):
            row.append(v)
            v += 0.5
        m.append(row^)
    return m^


def matmul(a: List[List[Float64]], b: List[List[Float64]]) -> List[List[Float64]]:
    var out = List[List[Float64]]()
    for i in range(len(a)):
        var row = List[Float64](length=len(b[0]), fill=0.0)
        for k in range(len(b)):
            for j in range(len(b[0])):
                row[j] += a[i][k] * b[k][j]
        out.append(row^)
    return out^


def transpose(a: List[List[Float64]]) -> List[List[Float64]]:
    var t = List[List[Float64]]()
    for j in range(len(a[0])):
        var row = List[Float64]()
        for i in range(len(a)):
            row.append(a[i][j])
        t.append(row^)
    return t^


def show(name: String, m: List[List[Float64]]):
    print(name, len(m), "x", len(m[0]))
    for row in m:
        print("  ", row)


def main():
    var a = make(2, 3, 1.0)
    var b = make(3, 2, -1.0)
    show("a", a)
    show("b", b)
    var c = matmul(a, b)
    show("a*b", c)
    show("a^T", transpose(a))
    var eye = List[List[Float64]]()
    for i in range(3):
        var r = List[Float64](length=3, fill=0.0)
        r[i] = 1.0
        eye.append(r^)
    show("a*I", matmul(a, eye))
    var trace = 0.0
    for i in range(len(c)):
        trace += c[i][i]
    print("trace", trace)
    c[0][1] = 42.25
    c[1].append(7.0)
    print(c)
