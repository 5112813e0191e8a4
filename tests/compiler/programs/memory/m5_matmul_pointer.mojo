# Naive and blocked matrix multiply over flat UnsafePointer buffers (row-major).


struct Matrix:
    var data: UnsafePointer[Float32, MutUntrackedOrigin]
    var rows: Int
    var cols: Int

    def __init__(out self, rows: Int, cols: Int):
        self.data = alloc[Float32](rows * cols)
        self.rows = rows
        self.cols = cols
        for i in range(rows * cols):
            self.data[unsafe_offset=i] = 0

    def __getitem__(self, r: Int, c: Int) -> Float32:
        return self.data[unsafe_offset=r * self.cols + c]

    def __setitem__(mut self, r: Int, c: Int, v: Float32):
        self.data[unsafe_offset=r * self.cols + c] = v

    def __deinit__(deinit self):
        self.data.unsafe_free()


def matmul(mut c: Matrix, a: Matrix, b: Matrix):
    for i in range(a.rows):
        for k in range(a.cols):
            var aik = a[i, k]
            for j in range(b.cols):
                c[i, j] = c[i, j] + aik * b[k, j]


def main():
    var a = Matrix(3, 4)
    var b = Matrix(4, 2)
    for i in range(3):
        for j in range(4):
            a[i, j] = Float32(i + j)
    for i in range(4):
        for j in range(2):
            b[i, j] = Float32(i * 2 - j)
    var c = Matrix(3, 2)
    matmul(c, a, b)
    for i in range(3):
        print(c[i, 0], c[i, 1])
    var trace: Float32 = 0
    var id = Matrix(4, 4)
    for i in range(4):
        id[i, i] = 1
        trace += id[i, i]
    var d = Matrix(3, 4)
    matmul(d, a, id)
    var same = True
    for i in range(3):
        for j in range(4):
            if d[i, j] != a[i, j]:
                same = False
    print("A*I == A:", same, "trace(I):", trace)
