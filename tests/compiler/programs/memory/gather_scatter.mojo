# Strided and indexed (gather/scatter) SIMD access through a pointer, masks included.

def main():
    var p = alloc[Float32](16)
    for i in range(16):
        p[unsafe_offset=i] = Float32(i)
    print(p.unsafe_strided_load[4](3))
    p.unsafe_strided_store(SIMD[DType.float32, 4](-1, -2, -3, -4), 4)
    print(p.unsafe_load[width=16]())
    var idx = SIMD[DType.int64, 4](15, 0, 7, 2)
    print(p.gather(idx))
    print(p.gather(idx, SIMD[DType.bool, 4](True, False, True, False), SIMD[DType.float32, 4](9)))
    p.scatter(idx, SIMD[DType.float32, 4](100, 200, 300, 400))
    print(p.unsafe_load[width=16]())
    p.unsafe_free()
