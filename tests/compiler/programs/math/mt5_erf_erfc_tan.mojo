# erf, erfc and tan at full precision, Float64 and Float32, including large tan arguments
# (Payne-Hanek reduction), erfc's far tail and the special values.
from std.math import erf, erfc, tan


def normal_cdf(x: Float64) -> Float64:
    return 0.5 * erfc(-x / 1.4142135623730951)


def main():
    var xs: List[Float64] = [-6.5, -3.2, -1.1, -0.6, -0.2, 0.0, 0.05, 0.3, 0.84375, 0.9, 1.2, 1.25,
                             2.0, 2.857, 3.5, 5.5, 9.0, 12.0, 27.5]
    for x in xs:
        print("f64", x, erf(x), erfc(x), tan(x))
        var f = Float32(x)
        print("f32", f, erf(f), erfc(f), tan(f))
    print("cdf", normal_cdf(-1.96), normal_cdf(0.0), normal_cdf(1.0), normal_cdf(3.0))
    var big = 0.75
    for _ in range(12):
        big *= 9.3
        print("tan", big, tan(big), tan(Float32(big)))
    var inf = Float64.MAX * 2.0
    var nan = inf - inf
    print(erf(inf), erf(-inf), erfc(inf), erfc(-inf), tan(inf), erf(nan), tan(-0.0))
    var v = SIMD[DType.float32, 4](-0.5, 0.25, 1.75, 4.0)
    print(erf(v), erfc(v), tan(v))
