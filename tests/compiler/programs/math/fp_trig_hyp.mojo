# sinh, tanh, cbrt, log10, hypot, atan, atan2 and (Float32) asin/acos: Mojo 1.2 computes these
# with its own kernels (fdlibm, Cephes and Sleef methods), so their last digits are Mojo's.
from std.math import sinh, tanh, cbrt, log10, hypot, atan, atan2, asin, acos
from std.utils.numerics import inf, nan


def main():
    var xs: List[Float64] = [0.1, 0.5, -0.75, 1.0, 2.0, -3.7, 10.0, 27.0, -1000.0, 1e-5, 1e-310,
                             123.456, 0.0, -0.0, 0.66, 2.5, -15.0]
    for x in xs:
        print(x, "->", sinh(x), tanh(x), cbrt(x), log10(abs(x)), atan(x))
        print("   ", hypot(x, 1.5), hypot(3.0, x), atan2(x, 0.7), atan2(-0.3, x), atan2(x, -2.0))
    print(cbrt(inf[DType.float64]()), log10(inf[DType.float64]()), atan(-inf[DType.float64]()),
          hypot(nan[DType.float64](), 2.0), hypot(-inf[DType.float64](), nan[DType.float64]()))
    print(tanh(nan[DType.float64]()), log10(-1.0), atan2(0.0, -0.0), atan2(-0.0, 0.0))
    var fs: List[Float32] = [0.1, 0.5, -0.75, 0.99, 1.0, -1.0, 2.0, 8.0, -27.5, 100.25]
    for f in fs:
        print(f, "->", sinh(f), tanh(f), cbrt(f), log10(abs(f)), hypot(f, Float32(2.5)))
        print("   ", atan2(f, Float32(0.7)), atan2(Float32(-0.3), f), atan2(f, Float32(-2.0)))
        if abs(f) <= 1.0:
            print("   ", asin(f), acos(f))
    # a quotient below the smallest normal Float32
    print(atan2(Float32(1e-40), Float32(1e10)), atan2(Float32(-3e-39), Float32(3e8)))
    var v = SIMD[DType.float64, 4](0.5, 8.0, -64.0, 1000.0)
    print(cbrt(v), log10(abs(v)))
