# exp, log, log2 and cosh give Mojo's own last digits (its polynomial kernels, not libm's):
# exp(1.0) is 2.718281828459813 in Mojo 1.2.
from std.math import exp, log, log2, cosh
from std.utils.numerics import inf, nan


def show64(x: Float64):
    print(x, "->", exp(x), log(x), log2(x), cosh(x))


def show32(x: Float32):
    print(x, "->", exp(x), log(x), log2(x), cosh(x))


def main():
    var xs: List[Float64] = [1.0, 0.5, 0.1, 2.0, 3.7, 10.0, 100.5, -1.0, -2.5, -30.0, 1e-8,
                             2.5e-310, 700.0, 709.5, -708.0, -745.5, 0.0, -0.0]
    for x in xs:
        show64(x)
    show64(inf[DType.float64]())
    show64(-inf[DType.float64]())
    show64(nan[DType.float64]())
    for x in xs:
        show32(Float32(x))
    # a vector goes lane by lane through the same kernels
    var v = SIMD[DType.float64, 4](0.25, 1.0, 4.5, -3.0)
    print(exp(v))
    print(log(v))
    var w = SIMD[DType.float32, 4](0.25, 1.0, 4.5, 20.0)
    print(exp(w), log2(w))
    # the compounding of many small exps
    var total: Float64 = 0.0
    var t: Float64 = -3.0
    for _ in range(1000):
        total += exp(t)
        t += 0.007
    print(total)
