# Mojo 1.2: a SIMD value's dtype, len() of vectors and scalars, and functions over `SIMD`
# without parameters (automatically parameterized).
def describe(vec: SIMD) -> String:
    return String(vec.dtype) + " x" + String(len(vec))

def mean(v: SIMD) -> Float64:
    return Float64(v.reduce_add()) / Float64(len(v))

def doubled_sum(v: SIMD) -> Float64:
    return Float64((v.cast[DType.float64]() * 2).reduce_add())

def main():
    var a = SIMD[DType.float64, 4](1.0, 2.0, 3.0, 4.0)
    var b = SIMD[DType.int8, 8](3)
    var u: UInt16 = 7
    var f: Float32 = 2.5
    print(describe(a), mean(a))
    print(describe(b), mean(b))
    print(describe(u), mean(u))
    print(describe(f), mean(f))
    print(a.dtype, b.dtype, u.dtype, f.dtype, Float64.dtype, SIMD[DType.uint32, 2].dtype)
    comptime d = b.dtype
    var c = SIMD[d, 4](1, 2, 3, 4)
    print(c, describe(c))
    print(doubled_sum(b), doubled_sum(f), doubled_sum(c))
    print(len(a) + len(b) + len(u))
