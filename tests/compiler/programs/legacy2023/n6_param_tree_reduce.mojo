# 2023 compile-time recursion: a tree reduction whose `@parameter if` returns for the small
# widths (the code after it is dead there and never instantiated), halves of a vector taken
# lane by lane into width-1 SIMD values, and a concat whose result width is a parameter sum.
fn take[ty: DType, new_size: Int, size: Int](x: SIMD[ty, size], offset: Int) -> SIMD[ty, new_size]:
    var result = SIMD[ty, new_size]()
    for i in range(new_size):
        result[i] = SIMD[ty, 1](x[i + offset])
    return result

fn tree_sum[ty: DType, size: Int](x: SIMD[ty, size]) -> Int:
    @parameter
    if size == 1:
        return int(x[0])
    elif size == 2:
        return int(x[0]) + int(x[1])

    alias half = size // 2
    let lo = take[ty, half, size](x, 0)
    let hi = take[ty, half, size](x, half)
    print("  level", size, "->", lo + hi)
    return tree_sum[ty, half](lo + hi)

fn concat[ty: DType, n1: Int, n2: Int](a: SIMD[ty, n1], b: SIMD[ty, n2]) -> SIMD[ty, n1 + n2]:
    var out = SIMD[ty, n1 + n2]()
    for i in range(n1):
        out[i] = SIMD[ty, 1](a[i])
    for j in range(n2):
        out[n1 + j] = SIMD[ty, 1](b[j])
    return out

fn main():
    let x = SIMD[DType.index, 8](1, 2, 3, 4, 5, 6, 7, 8)
    print(x)
    print("sum:", tree_sum[DType.index, 8](x))
    let y = SIMD[DType.int32, 16](3)
    print("sum16:", tree_sum[DType.int32, 16](y))
    print("sum2:", tree_sum[DType.int8, 2](SIMD[DType.int8, 2](-4, 9)))
    print("sum1:", tree_sum[DType.int16, 1](SIMD[DType.int16, 1](42)))
    let a = SIMD[DType.float32, 2](1.5, 2.5)
    let c = concat[DType.float32, 2, 2](a, a * 2)
    print(c, len(c))
    var one = SIMD[DType.float64, 1](0.25)
    one[0] = one[0] * 8
    print(one)
