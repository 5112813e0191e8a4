# Vectorized kernels over heap buffers: scale, a*x + y, a dot product with a SIMD accumulator,
# and a running count of how many lanes were processed.
from std.algorithm import vectorize
from std.sys import simd_width_of


def main():
    comptime n = 37
    comptime width = 8
    var x = alloc[Float32](n)
    var y = alloc[Float32](n)
    for i in range(n):
        x[unsafe_offset=i] = Float32(i) * 0.25
        y[unsafe_offset=i] = Float32(n - i)

    def scale[w: Int](i: Int) {imm}:
        x.unsafe_store(i, x.unsafe_load[width=w](i) * 2)

    vectorize[width](n, scale)
    print("x[0..4]:", x.unsafe_load[width=4]())
    print("x[33..37]:", x.unsafe_load[width=4](33))

    var a: Float32 = 0.5
    def axpy[w: Int](i: Int) {imm}:
        y.unsafe_store(i, a * x.unsafe_load[width=w](i) + y.unsafe_load[width=w](i))

    vectorize[width](n, axpy)
    print("y[0..4]:", y.unsafe_load[width=4](), "y[36]:", y[unsafe_offset=36])

    var acc = SIMD[DType.float32, width](0)
    var tail: Float32 = 0
    def dot[w: Int](i: Int) {imm, mut acc, mut tail}:
        comptime if w == width:
            acc += x.unsafe_load[width=width](i) * y.unsafe_load[width=width](i)
        else:
            tail += (x.unsafe_load[width=w](i) * y.unsafe_load[width=w](i)).reduce_add()

    vectorize[width](n, dot)
    print("dot:", acc.reduce_add() + tail)

    var check: Float32 = 0
    for i in range(n):
        check += x[unsafe_offset=i] * y[unsafe_offset=i]
    print("scalar check:", check)

    var ints = alloc[Int32](10)
    def iota[w: Int](i: Int) {imm}:
        comptime if w == 1:
            ints[unsafe_offset=i] = Int32(i * i)
        else:
            var v = SIMD[DType.int32, w](0)
            comptime for k in range(w):
                v[k] = Int32(i + k)
            ints.unsafe_store(i, v * v)

    vectorize[4](10, iota)
    print("squares:", ints.unsafe_load[width=8](), ints[unsafe_offset=8], ints[unsafe_offset=9])
    x.unsafe_free()
    y.unsafe_free()
    ints.unsafe_free()
