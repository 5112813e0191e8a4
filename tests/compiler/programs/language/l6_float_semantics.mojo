# Float edge semantics: printing, rounding, nan/inf comparisons, conversions and Float32.
from std.math import isnan, isinf, floor, ceil, trunc


def main():
    var a = 0.1
    var b = 0.2
    print(a + b, a * 3, 1.0 / 3.0, 2.0 / 3.0)
    print(1e16, 1e-7, 123456789.125, 5e-324)
    var zero = 0.0
    var inf = 1.0 / zero
    var nan = zero / zero
    print(inf, -inf, nan, isnan(nan), isinf(inf), nan == nan, nan != nan, inf > 1e308)
    print(floor(-2.5), ceil(-2.5), trunc(-2.5), round(2.5), round(3.5), round(-2.5))
    print(round(3.14159, 2), round(1234.5678, -2))
    var f32 = Float32(1.0) / 3
    print(f32, Float64(f32), Float32(0.1) + Float32(0.2))
    var x = 2.999
    print(Int(x), Int(-x), Float64(7) / 2, 7.0 // 2, -7.0 // 2, 7.5 % -2)
    print(max(1.5, -2.0), min(1.5, -2.0), abs(-0.0), -0.0 == 0.0)
    var big = 1.7976931348623157e308
    print(big, big * 2, -big * 2)
    print(Float64(Int.MAX), Float64(1 << 53) + 1)
    var total: Float64 = 0
    for i in range(10):
        total += 0.1
    print(total, total == 1.0)
