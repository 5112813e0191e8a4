# floor/ceil/trunc/round (also with ndigits) on Float64, Float32, Int and SIMD values.
from std.math import floor, ceil, trunc


def main():
    var vals: List[Float64] = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.675, -3.14159, 7.0, 123.456]
    for v in vals:
        print(v, floor(v), ceil(v), trunc(v), round(v))
    print("round with ndigits")
    for v in vals:
        print(v, round(v, 0), round(v, 1), round(v, 2), round(v, -1))
    print("money:", round(19.999, 2), round(0.125, 2), round(1234.5678, -2))
    var f = Float32(2.71828)
    print("f32:", floor(f), ceil(f), trunc(f), round(f), round(f, 3))
    var s = SIMD[DType.float64, 4](-1.7, -0.2, 0.2, 1.7)
    print("simd floor:", floor(s))
    print("simd ceil:", ceil(s))
    print("simd trunc:", trunc(s))
    print("simd round:", round(s))
    print("simd round 1:", round(SIMD[DType.float64, 4](1.25, 1.35, -1.45, 2.55), 1))
    print("int round:", round(1234), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
    print("int floor/ceil:", floor(7), ceil(-7), trunc(5))
    print("as int:", Int(floor(-2.5)), Int(ceil(2.1)), Int(round(2.5)), Int(Float64(3.99)))
    var total = 0.0
    for i in range(1, 11):
        total += round(Float64(i) / 3.0, 2)
    print("sum of rounded thirds:", total)
