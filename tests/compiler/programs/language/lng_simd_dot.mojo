# SIMD dot product, reductions, lane access, insert/slice, iota-like
# construction, comparisons with select, and casts between dtypes.


def dot[n: SIMDLength](a: SIMD[DType.float32, n], b: SIMD[DType.float32, n]) -> Float32:
    return (a * b).reduce_add()


def main():
    var a = SIMD[DType.float32, 4](1.0, 2.0, 3.0, 4.0)
    var b = SIMD[DType.float32, 4](0.5, 0.25, 2.0, -1.0)
    print("dot:", dot(a, b))
    print("max:", a.reduce_max(), "min:", b.reduce_min(), "mul:", a.reduce_mul())
    var w = SIMD[DType.int32, 8](3, 1, 4, 1, 5, 9, 2, 6)
    print("w:", w)
    print("w.slice[4, offset=2]:", w.slice[4, offset=2]())
    var z = SIMD[DType.int32, 8](0)
    print("insert:", z.insert[offset=4](SIMD[DType.int32, 2](7, 8)))
    print("w > 3:", w.gt(3))
    print("select:", w.gt(3).select(w, SIMD[DType.int32, 8](0)))
    print("cast u8:", (w * 60).cast[DType.uint8]())
    print("float:", w.cast[DType.float64]() / 2)
    var s: Scalar[DType.int16] = 300
    print("scalar:", s, s * 200, s.cast[DType.int8]())
    var f = Float32(2.5)
    print("f32:", f, f * f, Float64(f) / 3.0)
    print("abs:", abs(SIMD[DType.int32, 4](-3, 4, -5, 0)))
    print("fma:", a.fma(b, SIMD[DType.float32, 4](1.0)))
    print("eq:", a.eq(a), "any ne:", a.ne(b).reduce_or())
    print("width:", len(w), len(a))
