from std.math import floor, ceil, trunc, sqrt, isnan, isinf, inf, nan

def main() raises:
    print(1.0, 0.5, 1e16, 1e15, 123456789.123, 1e-4, 0.0001234, 1e-5)
    print(1.0 / 3.0, 2.0 / 3.0, 0.1 + 0.2, 100.0 * 1.1)
    print(-0.0, 1.0 / 0.0 if False else 0.0, Float64(7) / 2)
    print(floor(-2.5), ceil(-2.5), trunc(-2.5), round(2.5), round(3.5), round(-2.5))
    print(round(3.14159, 2), round(2.675, 2), round(1234.5678, -2))
    print(sqrt(2.0), sqrt(16.0))
    var x = inf[DType.float64]()
    print(x, -x, isinf(x), isnan(nan[DType.float64]()))
    print(Float32(0.1), Float32(1.0) / Float32(3.0), Float16(0.5))
    print(Float64(1) / Float64(3) * 3 == 1.0)
    print(7.5 // 2.0, 7.5 % 2.0, -7.5 // 2.0, -7.5 % 2.0)
    print(10.0 ** -2, 2 ** -1)
    print(Float64("3.25") + Float64("1e3"), Float64(" -2.5 "))
    print(String(1.5), String(2.0), String(1e100), String(-1.25e-10))
    print(Int(Float64(1e10)), 1e308 * 10.0)
    print(abs(-3.5), min(1.5, -2.0), max(0.1, 0.2))
    var total: Float64 = 0
    for i in range(1, 11):
        total += 1.0 / Float64(i)
    print(total)
    print(3.0 == 3, 2.5 > 2, 1e-300 * 1e-300)
