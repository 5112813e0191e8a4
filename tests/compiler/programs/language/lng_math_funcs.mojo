# std.math functions on Float64 and SIMD values.

from std.math import sqrt, floor, ceil, trunc, exp, log, log2, log10, sin, cos, tan, atan2, hypot, pow, copysign, isnan, isinf, isclose, gcd, lcm, factorial, e, pi, inf, nan, clamp


def main():
    print(sqrt(2.0), floor(-2.5), ceil(-2.5), trunc(-2.7))
    print(exp(0.0), log(e), log2(1024.0), log10(0.001))
    print(sin(0.0), cos(pi), tan(0.0))
    print(atan2(1.0, 1.0), hypot(3.0, 4.0), pow(2.0, 10.0))
    print(copysign(3.0, -1.0), isnan(nan[DType.float64]()), isinf(inf[DType.float64]()))
    print(isclose(0.1 + 0.2, 0.3), gcd(48, 36), lcm(4, 6), factorial(10))
    print(sqrt(SIMD[DType.float32, 4](1.0, 4.0, 9.0, 16.0)))
    print(floor(SIMD[DType.float64, 2](1.5, -1.5)))
    print(clamp(15, 0, 10), clamp(-3, 0, 10))
    print(round(2.5), round(3.5), round(-2.5), round(2.675, 2))
    print(abs(-7), abs(-2.5), min(3, 9), max(3, 9), min(2.5, 1.5))
    print(pow(3, 4), 2 ** 10, 2.0 ** -1)
    print(divmod(17, 5), divmod(-17, 5))
