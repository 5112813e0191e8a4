from std.math import sqrt, floor, ceil, trunc, log, isnan, isinf, sin, cos


def main():
    var v = SIMD[DType.float32, 4](1.0, 4.0, 9.0, 16.0)
    print(sqrt(v), floor(v / 3), ceil(v / 3), trunc(-v / 3))
    var w = SIMD[DType.float64, 2](0.5, 2.0)
    print(log(w), sin(SIMD[DType.float64, 2](0.0, 0.0)), cos(SIMD[DType.float64, 2](0.0, 0.0)))
    var z = SIMD[DType.float64, 4](1.0, 0.0, -1.0, 2.0)
    print(isnan(z / 0.0), isinf(z / 0.0))
