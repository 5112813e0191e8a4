def main():
    var v = SIMD[DType.float32, 4](1.0, 2.0, 3.0, 4.0)
    print(v * 2, v.reduce_add(), v.reduce_max())
    var w = SIMD[DType.int32, 4](1, 2, 3, 4)
    print(w + w, w.cast[DType.float64]())
    var s: Float32 = 2.5
    print(s, Float64(s) * 2)
    print(Scalar[DType.uint8](200) + 100)
