# Vectorized dot product, L2 norm and cosine similarity over heap buffers, with a remainder that is
# not a multiple of the SIMD width, checked against a scalar loop.
from std.algorithm import vectorize
from std.math import sqrt
from std.sys import simd_width_of


def main():
    comptime n = 37
    comptime width = simd_width_of[DType.float64]()
    var a = alloc[Float64](n)
    var b = alloc[Float64](n)
    for i in range(n):
        a[i] = Float64(i % 7) - 3.0
        b[i] = 0.5 * Float64(i) - 4.0
    var acc = SIMD[DType.float64, 1](0)
    var aa = 0.0
    var bb = 0.0

    def dot[w: Int](i: Int) {mut}:
        var x = a.load[width=w](i)
        var y = b.load[width=w](i)
        acc += (x * y).reduce_add()
        aa += (x * x).reduce_add()
        bb += (y * y).reduce_add()

    vectorize[width](n, dot)
    var scalar = 0.0
    for i in range(n):
        scalar += a[i] * b[i]
    print("dot:", acc, "scalar:", scalar)
    print("norms:", sqrt(aa), sqrt(bb))
    print("cosine:", acc / (sqrt(aa) * sqrt(bb)))
    var out = alloc[Float64](n)

    def axpy[w: Int](i: Int) {mut}:
        out.store(i, 2.0 * a.load[width=w](i) + b.load[width=w](i))

    vectorize[4](n, axpy)
    var line = String()
    for i in range(n):
        line += String(out[i]) + " "
    print("2a+b:", line)
    var mx = out[0]
    for i in range(n):
        mx = max(mx, out[i])
    print("max:", mx)
    a.free()
    b.free()
    out.free()
