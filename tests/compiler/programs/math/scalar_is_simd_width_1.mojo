def body[w: Int](x: SIMD[DType.float64, w]) -> SIMD[DType.float64, w]:
    var m = x.lt(2.0)
    var r = m.select(x, x * 10)
    print(r[0], x.reduce_add())
    return r

def main():
    _ = body[1](1.5)
    _ = body[4](SIMD[DType.float64, 4](1, 2, 3, 4))
    var f: Float64 = 3.0
    print(f.lt(4.0), f.gt(4.0), f[0], f.eq(3.0))
    comptime Vec = SIMD[DType.float32, 4]
    var v = Vec(1, 2, 3, 4)
    print(v)
