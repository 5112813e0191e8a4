# A small row-major matrix type over an owned allocation: fill, matmul (naive and transposed-B
# with SIMD loads), copying with memcpy, zeroing with memset_zero.
from std.memory import unsafe_memcpy, unsafe_memset


struct Matrix(Movable):
    var data: UnsafePointer[Float64, MutUntrackedOrigin]
    var rows: Int
    var cols: Int

    def __init__(out self, rows: Int, cols: Int):
        self.data = alloc[Float64](rows * cols)
        self.rows = rows
        self.cols = cols
        unsafe_memset(self.data, 0, rows * cols)

    def __deinit__(deinit self):
        self.data.free()

    def __getitem__(self, i: Int, j: Int) -> Float64:
        return self.data.load(i * self.cols + j)

    def __setitem__(mut self, i: Int, j: Int, v: Float64):
        self.data.store(i * self.cols + j, v)

    def copy_from(mut self, other: Matrix):
        unsafe_memcpy(dest=self.data, src=other.data, count=self.rows * self.cols)

    def show(self, name: String):
        print(name)
        for i in range(self.rows):
            var line = String()
            for j in range(self.cols):
                line += String(self[i, j]) + " "
            print(" ", line)


def matmul(a: Matrix, b: Matrix) -> Matrix:
    var c = Matrix(a.rows, b.cols)
    for i in range(a.rows):
        for k in range(a.cols):
            var aik = a[i, k]
            for j in range(b.cols):
                c[i, j] = c[i, j] + aik * b[k, j]
    return c^


def matmul_bt(a: Matrix, bt: Matrix) -> Matrix:
    # bt is B transposed, so both operands are read along rows 4 lanes at a time
    comptime w = 4
    var c = Matrix(a.rows, bt.rows)
    for i in range(a.rows):
        for j in range(bt.rows):
            var acc = SIMD[DType.float64, w](0)
            var k = 0
            while k + w <= a.cols:
                acc += (a.data + i * a.cols + k).load[width=w]() * (bt.data + j * bt.cols + k).load[width=w]()
                k += w
            var s = acc.reduce_add()
            while k < a.cols:
                s += a[i, k] * bt[j, k]
                k += 1
            c[i, j] = s
    return c^


def main():
    var a = Matrix(3, 5)
    var b = Matrix(5, 4)
    for i in range(3):
        for j in range(5):
            a[i, j] = Float64(i + 1) * 0.5 - Float64(j)
    for i in range(5):
        for j in range(4):
            b[i, j] = Float64((i * 4 + j) % 7) - 2.5
    a.show("A")
    b.show("B")
    var c = matmul(a, b)
    c.show("A*B")
    var bt = Matrix(4, 5)
    for i in range(5):
        for j in range(4):
            bt[j, i] = b[i, j]
    var c2 = matmul_bt(a, bt)
    c2.show("A*B via B^T")
    var same = True
    for i in range(3):
        for j in range(4):
            if c[i, j] != c2[i, j]:
                same = False
    print("same:", same)
    var d = Matrix(3, 4)
    d.copy_from(c)
    d[0, 0] = 99.0
    print("copy independent:", c[0, 0], d[0, 0])
    var trace = 0.0
    for i in range(3):
        trace += c[i, i]
    print("trace:", trace)
