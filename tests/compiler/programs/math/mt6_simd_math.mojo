# iota, clamp, fma, rsqrt, recip, sqrt, abs, min/max and pow on SIMD vectors of several dtypes.
from std.math import iota, clamp, fma, rsqrt, recip, sqrt, exp, log


def main():
    var idx = iota[DType.float32, 8]()
    print("iota f32:", idx)
    print("iota i32 from 10:", iota[DType.int32, 8](10))
    print("iota u8 from 250:", iota[DType.uint8, 8](250))
    print("clamp:", clamp(idx, 2.0, 5.0))
    print("method clamp:", idx.clamp(1.5, 3.5))
    print("clamp ints:", clamp(SIMD[DType.int64, 4](-5, 0, 5, 10), -2, 7))
    var a = SIMD[DType.float64, 4](1.0, 2.0, 3.0, 4.0)
    var b = SIMD[DType.float64, 4](0.5, 0.25, 0.125, 0.0625)
    var c = SIMD[DType.float64, 4](10.0)
    print("fma:", fma(a, b, c), "method:", a.fma(b, c))
    print("sqrt:", sqrt(a))
    print("rsqrt:", rsqrt(a))
    print("recip:", recip(a))
    print("exp:", exp(a))
    print("log:", log(a))
    print("abs:", abs(SIMD[DType.int16, 4](-3, 3, -32767, 0)), abs(SIMD[DType.float32, 2](-1.5, 2.5)))
    print("min/max:", min(a, b * 8), max(a, b * 8))
    print("pow int:", a ** 3, pow(a, 2))
    print("pow float:", a ** 0.5)
    print("scalar sqrt f32:", sqrt(Float32(2)), "rsqrt:", rsqrt(Float32(4)))
    print("int sqrt:", sqrt(17), sqrt(16), sqrt(0))
    var norm = sqrt((a * a).reduce_add())
    print("norm:", norm, "unit:", a / norm)
