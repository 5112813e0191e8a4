from std.math import sqrt, pi


def main():
    print(1.0 / 3.0, 2.0 / 3.0, 1e-7, 123456789.0, 1e16, 0.1 + 0.2)
    var x: Float64 = 0.1
    print(x + 0.2)
    print(Float32(1.0) / 3.0, Float32(0.1))
    print(sqrt(2.0) * sqrt(2.0))
    print(pi * 2.0, round(pi, 3))
    var f = 7.9
    print(Int(f), Int(-f), Float64(3) / Float64(2))
    print(10 / 4, 10 // 4, -10 // 4, 10 % -3)
    print(10.0 ** 2)
    var big = 1
    for _ in range(70):
        big *= 2
    print(big)
    print(Float64(Int.MAX))
    print(UInt64(18446744073709551615))
