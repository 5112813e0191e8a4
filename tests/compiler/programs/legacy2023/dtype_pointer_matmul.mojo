from memory import memset_zero
from random import rand
from algorithm import vectorize
from sys.info import simdwidthof

alias nelts = simdwidthof[DType.float32]()

struct Matrix:
    var data: DTypePointer[DType.float32]
    var rows: Int
    var cols: Int

    fn __init__(inout self, rows: Int, cols: Int):
        self.data = DTypePointer[DType.float32].alloc(rows * cols)
        memset_zero(self.data, rows * cols)
        self.rows = rows
        self.cols = cols

    fn __del__(owned self):
        self.data.free()

    fn __getitem__(self, y: Int, x: Int) -> Float32:
        return self.load[1](y, x)

    fn __setitem__(self, y: Int, x: Int, val: Float32):
        return self.store[1](y, x, val)

    fn load[nelts: Int](self, y: Int, x: Int) -> SIMD[DType.float32, nelts]:
        return self.data.simd_load[nelts](y * self.cols + x)

    fn store[nelts: Int](self, y: Int, x: Int, val: SIMD[DType.float32, nelts]):
        return self.data.simd_store[nelts](y * self.cols + x, val)

fn matmul_naive(C: Matrix, A: Matrix, B: Matrix):
    for m in range(C.rows):
        for k in range(A.cols):
            for n in range(C.cols):
                C[m, n] += A[m, k] * B[k, n]

fn main():
    let A = Matrix(4, 4)
    let B = Matrix(4, 4)
    let C = Matrix(4, 4)
    for i in range(4):
        for j in range(4):
            A[i, j] = Float32(i + j)
            B[i, j] = Float32(i - j)
    matmul_naive(C, A, B)
    print(C[0, 0], C[3, 3], C[1, 2])
