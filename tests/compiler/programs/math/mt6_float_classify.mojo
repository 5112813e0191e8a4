# isnan/isinf/isfinite, isclose, nextafter, ulp, copysign and the numeric limits helpers.
from std.math import isclose, copysign, ulp, sqrt
from std.utils.numerics import isnan, isinf, isfinite, nextafter, inf, neg_inf, nan, max_finite, min_finite, max_or_inf, min_or_neg_inf


def classify(x: Float64) -> String:
    if isnan(x):
        return "nan"
    if isinf(x):
        return "+inf" if x > 0 else "-inf"
    if x == 0:
        return "zero"
    return "finite"


def main():
    var zero = 0.0
    var samples: List[Float64] = [1.0, -0.0, inf[DType.float64](), neg_inf[DType.float64](), nan[DType.float64](), 1.0 / zero, sqrt(-1.0), 1e308 * 10.0]
    for s in samples:
        print(s, classify(s), isnan(s), isinf(s), isfinite(s))
    print("isclose")
    print(isclose(1.0, 1.0 + 1e-10), isclose(1.0, 1.001), isclose(1.0, 1.001, rtol=0.01))
    print(isclose(0.0, 1e-9), isclose(0.0, 1e-7), isclose(0.0, 1e-7, atol=1e-6))
    print(isclose(nan[DType.float64](), nan[DType.float64]()), isclose(nan[DType.float64](), nan[DType.float64](), equal_nan=True))
    var a = SIMD[DType.float32, 4](1.0, 2.0, 3.0, 4.0)
    var b = SIMD[DType.float32, 4](1.0, 2.0001, 3.1, 4.0)
    print("simd isclose:", isclose(a, b))
    print("nextafter")
    print(nextafter(1.0, 2.0), nextafter(1.0, 0.0), nextafter(0.0, 1.0), nextafter(Float32(1.0), Float32(2.0)))
    print("ulp")
    for v in [1.0, 2.0, 1000.0, 1e-300, 1e300]:
        print(v, ulp(v))
    print("ulp f32:", ulp(Float32(1.0)), ulp(Float32(1024.0)))
    print("copysign:", copysign(3.0, -1.0), copysign(-2.5, 1.0), copysign(1.0, -0.0), copysign(SIMD[DType.float64, 2](1.0, 2.0), SIMD[DType.float64, 2](-1.0, 1.0)))
    print("limits f64:", max_finite[DType.float64](), min_finite[DType.float64]())
    print("limits f32:", max_finite[DType.float32](), min_finite[DType.float32](), max_or_inf[DType.float32](), min_or_neg_inf[DType.float32]())
    print("limits ints:", max_finite[DType.int8](), min_finite[DType.int8](), max_finite[DType.uint16](), max_finite[DType.int64](), min_finite[DType.int32]())
    var m = SIMD[DType.float64, 4](1.0, inf[DType.float64](), nan[DType.float64](), -5.0)
    print("masks:", isnan(m), isinf(m), isfinite(m))
    print("nan compares:", nan[DType.float64]() == nan[DType.float64](), nan[DType.float64]() != nan[DType.float64](), nan[DType.float64]() < 1.0)
