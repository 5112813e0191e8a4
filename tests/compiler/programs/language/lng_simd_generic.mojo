# Generic code over dtype and width: a polynomial evaluated lane-wise,
# clamping with min/max, Scalar conversions, and printing of vectors.


def horner[dt: DType, w: SIMDLength](x: SIMD[dt, w], coeffs: List[Float64]) -> SIMD[dt, w]:
    var r = SIMD[dt, w](0)
    for i in range(len(coeffs) - 1, -1, -1):
        r = r * x + SIMD[dt, w](coeffs[i])
    return r


def clamp_vec[dt: DType, w: SIMDLength](v: SIMD[dt, w], lo: Scalar[dt], hi: Scalar[dt]) -> SIMD[dt, w]:
    return max(min(v, SIMD[dt, w](hi)), SIMD[dt, w](lo))


def norm_sq[w: SIMDLength](v: SIMD[DType.float64, w]) -> Float64:
    return (v * v).reduce_add()


def main():
    var xs = SIMD[DType.float64, 4](0.0, 1.0, 2.0, 3.0)
    print(horner(xs, [1.0, 2.0, 3.0]))
    var f = SIMD[DType.float32, 2](0.5, -0.5)
    print(horner(f, [0.0, 1.0]))
    print(clamp_vec(SIMD[DType.int32, 4](-5, 0, 5, 50), 0, 10))
    print(norm_sq(SIMD[DType.float64, 2](3.0, 4.0)))
    var total: Float64 = 0
    for i in range(4):
        total += xs[i]
    print(total, xs[2] * 2)
    var v = SIMD[DType.int8, 4](100, -100, 127, -128)
    print(v + 100, v - 1, v * 2)
    print(SIMD[DType.bool, 4](True, False, True, True).reduce_and(), SIMD[DType.bool, 4](fill=False).reduce_or())
    var mask = xs.lt(2.0)
    print(mask, mask.select(xs, -xs))
    print(xs.reduce_add() / 4, UInt8(200).cast[DType.int8]())
