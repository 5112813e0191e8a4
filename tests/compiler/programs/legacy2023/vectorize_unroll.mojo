# vectorize_unroll, and a DType alias used in a struct's field type (2023 dialect)
from algorithm import vectorize_unroll

alias dt = DType.float32
alias width = 4

struct Acc:
    var lanes: SIMD[dt, width]
    var tail: Scalar[dt]

    fn __init__(inout self):
        self.lanes = 0
        self.tail = 0

fn main():
    let n = 19
    let a = DTypePointer[dt].alloc(n)
    for i in range(n):
        a.store(i, Float32(i) * 0.5)
    var acc = Acc()
    var calls = 0

    @parameter
    fn step[nelts: Int](i: Int):
        calls += 1
        @parameter
        if nelts == width:
            acc.lanes += a.simd_load[width](i).cast[dt]()
        else:
            acc.tail += a.load(i)

    vectorize_unroll[width, 2, step](n)
    print(acc.lanes, acc.tail, calls)
    a.free()
