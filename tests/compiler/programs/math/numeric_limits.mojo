from std.utils.numerics import max_finite, min_finite
def main():
    print(max_finite[DType.float64](), min_finite[DType.float32](), max_finite[DType.uint16](), min_finite[DType.int64]())
    print(Float32.MAX, Float64.MIN, Float32.MAX_FINITE, Int8.MAX, Float16.MAX_FINITE)
