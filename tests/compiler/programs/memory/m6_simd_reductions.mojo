# Reductions and masks: reduce_add/mul/min/max/and/or, reduce_bit_count, comparisons to masks,
# select, `in`, any/all.


def main():
    var v = SIMD[DType.float32, 8](3.5, -1.0, 7.25, 0.0, 2.0, -4.5, 9.0, 1.0)
    print("v:", v)
    print("add:", v.reduce_add(), "mul:", v.reduce_mul(), "min:", v.reduce_min(), "max:", v.reduce_max())
    print("reduce_add[2]:", v.reduce_add[2](), "reduce_max[4]:", v.reduce_max[4]())
    var i = SIMD[DType.uint8, 8](0b1010, 0b1100, 0xFF, 1, 2, 4, 8, 16)
    print("and:", i.reduce_and(), "or:", i.reduce_or(), "bits:", i.reduce_bit_count())
    var pos = v.gt(0)
    print("positive mask:", pos, "count:", pos.reduce_bit_count())
    print("ge 1:", v.ge(1.0), "lt 0:", v.lt(0), "le 0:", v.le(0), "eq 2:", v.eq(2), "ne 0:", v.ne(0))
    print("relu:", pos.select(v, SIMD[DType.float32, 8](0)))
    print("sign:", v.gt(0).select(SIMD[DType.float32, 8](1), v.lt(0).select(SIMD[DType.float32, 8](-1), SIMD[DType.float32, 8](0))))
    print("any neg:", any(v.lt(0)), "all finite-ish:", all(v.lt(100)))
    print("mask and/or/xor/not:", pos & v.lt(5), pos | v.eq(0), pos ^ v.gt(3), ~pos)
    print("7.25 in v:", 7.25 in v, "8.0 in v:", 8.0 in v)
    var ints = SIMD[DType.int64, 4](4, 8, 15, 16)
    print("15 in ints:", 15 in ints, "23 in ints:", 23 in ints)
    print("whole-vector ==:", ints == SIMD[DType.int64, 4](4, 8, 15, 16), ints != SIMD[DType.int64, 4](4, 8, 15, 17))
    print("sum():", ints.reduce_add(), "product:", ints.reduce_mul())
    var b = SIMD[DType.bool, 4](True, False, True, True)
    print("bool reduce_and:", b.reduce_and(), "reduce_or:", b.reduce_or(), "cast:", b.cast[DType.int32]())
    # masked mean of values above the average
    var mean = v.reduce_add() / 8
    var above = v.gt(mean)
    var total = above.select(v, SIMD[DType.float32, 8](0)).reduce_add()
    print("mean:", mean, "above:", above, "mean of above:", total / Float32(above.reduce_bit_count()))
