# saxpy, elementwise clamp and a vectorized polynomial evaluation with different widths.
from std.algorithm import vectorize
from std.sys import simd_width_of


def main():
    comptime n = 21
    comptime nelts = simd_width_of[DType.float32]()
    var x = alloc[Float32](n)
    var y = alloc[Float32](n)
    for i in range(n):
        x[unsafe_offset=i] = Float32(i) - 10
        y[unsafe_offset=i] = Float32(i % 3)
    var alpha: Float32 = 1.5

    def saxpy[w: Int](i: Int) {imm}:
        y.unsafe_store(i, alpha * x.unsafe_load[width=w](i) + y.unsafe_load[width=w](i))

    vectorize[nelts](n, saxpy)
    for i in range(0, n, 5):
        print("y", i, y[unsafe_offset=i])

    def clamp_it[w: Int](i: Int) {imm}:
        var v = y.unsafe_load[width=w](i)
        y.unsafe_store(i, min(max(v, SIMD[DType.float32, w](-5)), SIMD[DType.float32, w](5)))

    vectorize[4](n, clamp_it)
    var line = String()
    for i in range(n):
        line += String(y[unsafe_offset=i]) + " "
    print(line)

    # p(t) = 1 + 2t + 3t^2 with Horner's rule, two lanes at a time
    def poly[w: Int](i: Int) {imm}:
        var t = x.unsafe_load[width=w](i)
        x.unsafe_store(i, (3 * t + 2) * t + 1)

    vectorize[2](n, poly)
    print("p(-10), p(0), p(10):", x[unsafe_offset=0], x[unsafe_offset=10], x[unsafe_offset=20])
    x.unsafe_free()
    y.unsafe_free()
