# 2023: stack_allocation's pointer with simd_load/simd_store, Pointer[T].address_of(x).address,
# time.now(), as the late-2023 Matmul notebook's evaluator and accumulating kernels used them.
from memory import stack_allocation
from memory.unsafe import Pointer
from time import now

fn row_sums(data: DTypePointer[DType.float32], rows: Int, cols: Int) -> Float32:
    let acc = stack_allocation[8, DType.float32]()
    acc.simd_store[8](0, SIMD[DType.float32, 8](0))
    for r in range(rows):
        for c in range(0, cols, 8):
            acc.simd_store[8](0, acc.simd_load[8](0) + data.simd_load[8](r * cols + c))
    return acc.simd_load[8](0).reduce_add()

fn main():
    let t0: Int = now()
    let data = DTypePointer[DType.float32].alloc(32)
    for i in range(32):
        data.store(i, Float32(i) * 0.5)
    print(row_sums(data, 2, 16))
    data.free()
    var total = 7
    let p = Pointer[Int].address_of(total).address
    print(p.load(0) + 1)
    let t1: Int = now()
    print(t1 >= t0)
