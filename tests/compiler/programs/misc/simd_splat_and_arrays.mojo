
def main():
    splats()
    var acc = Array[SIMD[DType.float32, 4], 3](fill=0)
    acc[1] = SIMD[DType.float32, 4](1, 2, 3, 4)
    var v = acc[1].copy()
    print(acc[0], acc[1], v)


def scale(v: SIMD[DType.float32, 4], k: SIMD[DType.float32, 4]) -> SIMD[DType.float32, 4]:
    return v * k


def splats():
    var x: Float32 = 2.5
    var v: SIMD[DType.float32, 4] = 1
    var w: SIMD[DType.float32, 4] = x
    print(v, w, scale(w, 2), scale(v, x))
