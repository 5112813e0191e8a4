# Matrix multiplication over UnsafePointer buffers: a naive triple loop and
# a vectorized version using SIMD loads/stores and `vectorize`, compared.
from std.algorithm import vectorize
from std.memory import UnsafePointer, alloc
from std.sys import simd_width_of

comptime dtype = DType.float32
comptime nelts = simd_width_of[dtype]()


struct Matrix(Movable):
    var data: UnsafePointer[Float32, MutUntrackedOrigin]
    var rows: Int
    var cols: Int

    def __init__(out self, rows: Int, cols: Int):
        self.rows = rows
        self.cols = cols
        self.data = alloc[Float32](rows * cols)
        for i in range(rows * cols):
            self.data[i] = 0.0

    def __deinit__(deinit self):
        self.data.free()

    def __getitem__(self, r: Int, c: Int) -> Float32:
        return self.data[r * self.cols + c]

    def __setitem__(mut self, r: Int, c: Int, v: Float32):
        self.data[r * self.cols + c] = v

    def load[width: Int](self, r: Int, c: Int) -> SIMD[dtype, width]:
        return self.data.load[width=width](r * self.cols + c)

    def store[width: Int](self, r: Int, c: Int, v: SIMD[dtype, width]):
        self.data.store(r * self.cols + c, v)

    def fill_pattern(mut self, seed: Int):
        for r in range(self.rows):
            for c in range(self.cols):
                self[r, c] = Float32((r * 7 + c * 3 + seed) % 11) - 5.0

    def checksum(self) -> Float64:
        var s = 0.0
        for i in range(self.rows * self.cols):
            s += Float64(self.data[i]) * Float64(i % 13 + 1)
        return s


def matmul_naive(mut C: Matrix, A: Matrix, B: Matrix):
    for m in range(C.rows):
        for n in range(C.cols):
            var acc: Float32 = 0.0
            for k in range(A.cols):
                acc += A[m, k] * B[k, n]
            C[m, n] = acc


def matmul_vectorized(mut C: Matrix, A: Matrix, B: Matrix):
    for m in range(C.rows):
        for k in range(A.cols):
            var a = A[m, k]

            def dot[width: Int](n: Int) {imm}:
                C.store[width](m, n, C.load[width](m, n) + a * B.load[width](k, n))

            vectorize[nelts](C.cols, dot)


def main():
    comptime M = 37
    comptime K = 29
    comptime N = 43
    var A = Matrix(M, K)
    var B = Matrix(K, N)
    A.fill_pattern(1)
    B.fill_pattern(4)
    var C1 = Matrix(M, N)
    var C2 = Matrix(M, N)
    matmul_naive(C1, A, B)
    matmul_vectorized(C2, A, B)
    var mismatches = 0
    for r in range(M):
        for c in range(N):
            if C1[r, c] != C2[r, c]:
                mismatches += 1
    print("C[0,0] =", C1[0, 0], "C[36,42] =", C1[36, 42])
    print("checksum naive:", C1.checksum())
    print("checksum simd: ", C2.checksum())
    print("mismatches:", mismatches)

    var v = SIMD[DType.float32, 8](1, 2, 3, 4, 5, 6, 7, 8)
    print(v * 2, v.reduce_add(), v.reduce_max())
    var total = 0

    def count[width: Int](i: Int) {mut total}:
        total += width

    vectorize[4](10, count)
    print("vectorize covered", total, "elements")
