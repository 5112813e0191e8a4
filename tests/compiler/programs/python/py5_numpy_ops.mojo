from std.python import Python


def main() raises:
    var np = Python.import_module("numpy")
    var a = np.arange(12).reshape(3, 4)
    print(a)
    print(a.shape, a.sum(), a.mean())
    var b = a * 2 + 1
    print(b[1])
    print(np.dot(a, a.T))
    var total: Int = 0
    for i in range(3):
        for j in range(4):
            total += Int(py=a[i][j])
    print("total", total)
    var z = np.zeros(Python.tuple(2, 2), dtype=np.float64)
    z[0, 1] = 5.5
    print(z)
    print(np.linspace(0, 1, 5))
