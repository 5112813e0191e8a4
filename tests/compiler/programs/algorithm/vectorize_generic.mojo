# vectorize in generic code: the SIMD width of a DType parameter, a comptime width in the closure.

from std.algorithm import vectorize
from std.sys import simd_width_of


def fill_iota[dtype: DType](p: UnsafePointer[Scalar[dtype], MutUntrackedOrigin], n: Int):
    for i in range(n):
        p[unsafe_offset=i] = Scalar[dtype](i)


def vsum[dtype: DType](p: UnsafePointer[Scalar[dtype], MutUntrackedOrigin], n: Int) -> Scalar[dtype]:
    comptime width = simd_width_of[dtype]()
    var acc = SIMD[dtype, width](0)
    var tail = Scalar[dtype](0)
    def body[w: Int](i: Int) {imm, mut acc, mut tail}:
        comptime if w == width:
            acc += p.unsafe_load[width=width](i)
        else:
            tail += p.unsafe_load[width=w](i).reduce_add()
    vectorize[width](n, body)
    return acc.reduce_add() + tail


def main():
    var f = alloc[Float64](37)
    fill_iota(f, 37)
    print(vsum(f, 37))
    var b = alloc[Int32](100)
    fill_iota(b, 100)
    print(vsum(b, 100))
    f.unsafe_free()
    b.unsafe_free()
