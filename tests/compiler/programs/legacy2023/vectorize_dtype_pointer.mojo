from algorithm import vectorize
from sys.info import simdwidthof

alias nelts = simdwidthof[DType.float32]()

fn main():
    let n = 37
    let a = DTypePointer[DType.float32].alloc(n)
    let b = DTypePointer[DType.float32].alloc(n)
    for i in range(n):
        a.store(i, i)
        b.store(i, 2 * i)

    @parameter
    fn add[simd_width: Int](i: Int):
        a.simd_store[simd_width](i, a.simd_load[simd_width](i) + b.simd_load[simd_width](i))

    vectorize[nelts, add](n)
    print(a.load(0), a.load(36))
    for i in range(n):
        a.store(i, a.load(i) * 2)

    print(a.load(36))
    a.free()
    b.free()
