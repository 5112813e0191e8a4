from std.math import sqrt, floor, ceil, gcd, lcm, isclose, log1p, expm1, erf, exp, log, pi, e, inf, nan, isnan, isinf, trunc, copysign, hypot, cbrt, atan2, clamp, factorial, isfinite, sin, cos, tan, log2, log10, pow, fma


def main():
    print(sqrt(16.0), sqrt(2.0), floor(2.7), ceil(2.1), trunc(-2.5))
    print(gcd(12, 18), lcm(4, 6), gcd(0, 5))
    print(isclose(0.1 + 0.2, 0.3), isclose(1.0, 1.1))
    print(log1p(0.0), expm1(0.0), erf(0.0))
    print(pi, e)
    print(isnan(nan[DType.float64]()), isinf(inf[DType.float64]()))
    print(copysign(3.0, -1.0), hypot(3.0, 4.0))
    print(atan2(1.0, 1.0))
    print(clamp(15, 0, 10), clamp(-3, 0, 10))
    print(factorial(5), isfinite(1.0))
    print(sin(0.0), cos(0.0), log2(8.0), log10(1000.0))
    print(pow(2.0, 10.0), 2 ** 10, fma(2.0, 3.0, 1.0))
    print(abs(-3), abs(-2.5), min(3, 7), max(3, 7), min(1.5, 0.5))
    print(round(2.5), round(3.5), round(-0.5), round(2.675, 2))
    print(floor(-1.5), Int(floor(7.9)))
    var x: Float32 = 2.0
    print(sqrt(x))
    print(log(1.0), exp(0.0))
