# SIMD construction, splat, lanes, arithmetic, comparisons as masks, select and reductions.


def main():
    var a = SIMD[DType.float32, 8](1, 2, 3, 4, 5, 6, 7, 8)
    var b = SIMD[DType.float32, 8](2.5)
    print("a:", a, "b:", b)
    print("a + b:", a + b, "a * b:", a * b)
    print("a / 4:", a / 4, "a // 3:", a // 3, "a % 3:", a % 3)
    print("lane 3:", a[3], "len:", len(a))
    a[0] = 100
    print("after set:", a)
    var m = a.gt(b)
    print("a > b mask:", m, "any:", m.reduce_or(), "all:", m.reduce_and())
    print("select:", m.select(a, b))
    print("sum:", a.reduce_add(), "prod:", SIMD[DType.float32, 4](1, 2, 3, 4).reduce_mul(), "min:", a.reduce_min(), "max:", a.reduce_max())
    var i = SIMD[DType.int32, 4](-3, 7, 0, 12)
    print("abs:", abs(i), "neg:", -i, "shift:", i << 2, i >> 1)
    print("eq:", i.eq(7), "ne:", i.ne(0), "le:", i.le(0))
    print("min/max:", min(i, SIMD[DType.int32, 4](1)), max(i, SIMD[DType.int32, 4](1)))
    print("cast:", i.cast[DType.float64](), a.cast[DType.int8]())
    print("bool lanes:", SIMD[DType.bool, 4](True, False, True, True))
