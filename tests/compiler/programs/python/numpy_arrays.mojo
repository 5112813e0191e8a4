from std.python import Python, PythonObject


def mandel_row(y: Float64, width: Int) -> List[Int]:
    var row = List[Int]()
    for i in range(width):
        var cr = -2.0 + 2.5 * Float64(i) / Float64(width)
        var zr = 0.0
        var zi = 0.0
        var n = 0
        while n < 50 and zr * zr + zi * zi <= 4.0:
            var t = zr * zr - zi * zi + cr
            zi = 2.0 * zr * zi + y
            zr = t
            n += 1
        row.append(n)
    return row^


def main() raises:
    var np = Python.import_module("numpy")
    var a = np.arange(12).reshape(3, 4)
    print(a)
    print(a.shape, a.dtype, a.ndim, a.size)
    print(a.sum(), a.sum(axis=0), a.mean(axis=1))
    print(a[1], a[1, 2], a[0:2])
    a[0, 0] = 100
    print(a[0])
    var b = a * 2 + 1
    print(b.max(), (b > 20).sum())
    var z = np.zeros(Python.tuple(2, 3), dtype=np.float64)
    for i in range(2):
        for j in range(3):
            z[i, j] = Float64(i * 10 + j) / 4.0
    print(z)
    print(np.linalg.norm(np.array(Python.list(3.0, 4.0))))
    var img = np.zeros(Python.tuple(4, 8), dtype=np.int64)
    for r in range(4):
        var y = -1.0 + 2.0 * Float64(r) / 3.0
        var row = mandel_row(y, 8)
        for c in range(8):
            img[r, c] = row[c]
    print(img)
    var total = 0
    for v in img.flatten():
        total += Int(py=v)
    print("total", total, Int(py=img.sum()) == total)
