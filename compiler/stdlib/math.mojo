# std.math: the functions beyond the LLVM/libm basics that the checker maps directly (sqrt, sin,
# exp, floor, erf, ...). Scalar Float64, Float32 and Int versions; libm supplies the special functions.

def __libc_log1p(x: Float64) -> Float64: ...
def __libc_log1pf(x: Float32) -> Float32: ...
def __libc_expm1(x: Float64) -> Float64: ...
def __libc_expm1f(x: Float32) -> Float32: ...
def __libc_tgamma(x: Float64) -> Float64: ...
def __libc_tgammaf(x: Float32) -> Float32: ...
def __libc_lgamma(x: Float64) -> Float64: ...
def __libc_lgammaf(x: Float32) -> Float32: ...
def __libc_asinh(x: Float64) -> Float64: ...
def __libc_asinhf(x: Float32) -> Float32: ...
def __libc_acosh(x: Float64) -> Float64: ...
def __libc_acoshf(x: Float32) -> Float32: ...
def __libc_atanh(x: Float64) -> Float64: ...
def __libc_atanhf(x: Float32) -> Float32: ...
def __libc_logb(x: Float64) -> Float64: ...
def __libc_logbf(x: Float32) -> Float32: ...
def __libc_remainder(x: Float64, y: Float64) -> Float64: ...
def __libc_remainderf(x: Float32, y: Float32) -> Float32: ...
def __libc_j0(x: Float64) -> Float64: ...
def __libc_j1(x: Float64) -> Float64: ...
def __libc_y0(x: Float64) -> Float64: ...
def __libc_y1(x: Float64) -> Float64: ...
def __libc_ldexp(x: Float64, e: Int32) -> Float64: ...
def __libc_scalbn(x: Float64, e: Int32) -> Float64: ...
def __libc_nextafter(x: Float64, y: Float64) -> Float64: ...


def log1p(x: Float64) -> Float64:
    return __libc_log1p(x)


def log1p(x: Float32) -> Float32:
    return __libc_log1pf(x)


def expm1(x: Float64) -> Float64:
    return __libc_expm1(x)


def expm1(x: Float32) -> Float32:
    return __libc_expm1f(x)


def gamma(x: Float64) -> Float64:
    return __libc_tgamma(x)


def gamma(x: Float32) -> Float32:
    return __libc_tgammaf(x)


def lgamma(x: Float64) -> Float64:
    return __libc_lgamma(x)


def lgamma(x: Float32) -> Float32:
    return __libc_lgammaf(x)


def asinh(x: Float64) -> Float64:
    return __libc_asinh(x)


def asinh(x: Float32) -> Float32:
    return __libc_asinhf(x)


def acosh(x: Float64) -> Float64:
    return __libc_acosh(x)


def acosh(x: Float32) -> Float32:
    return __libc_acoshf(x)


def atanh(x: Float64) -> Float64:
    return __libc_atanh(x)


def atanh(x: Float32) -> Float32:
    return __libc_atanhf(x)


def logb(x: Float64) -> Float64:
    return __libc_logb(x)


def remainder(x: Float64, y: Float64) -> Float64:
    return __libc_remainder(x, y)


def j0(x: Float64) -> Float64:
    return __libc_j0(x)


def j1(x: Float64) -> Float64:
    return __libc_j1(x)


def y0(x: Float64) -> Float64:
    return __libc_y0(x)


def y1(x: Float64) -> Float64:
    return __libc_y1(x)


def ldexp(x: Float64, exp: Int) -> Float64:
    return __libc_ldexp(x, Int32(exp))


def scalb(x: Float64, y: Float64) -> Float64:
    return __libc_scalbn(x, Int32(Int(y)))


def recip(x: Float64) -> Float64:
    return 1.0 / x


def recip(x: Float32) -> Float32:
    return Float32(1.0) / x


def rsqrt(x: Float64) -> Float64:
    return 1.0 / sqrt(x)


def rsqrt(x: Float32) -> Float32:
    return Float32(1.0) / sqrt(x)


def isfinite(x: Float64) -> Bool:
    return x == x and x <= 1.7976931348623157e308 and x >= -1.7976931348623157e308


def isfinite(x: Float32) -> Bool:
    return isfinite(Float64(x))


def isclose(a: Float64, b: Float64, *, atol: Float64 = 1e-08, rtol: Float64 = 1e-05,
            equal_nan: Bool = False) -> Bool:
    if a != a or b != b:
        return equal_nan and a != a and b != b
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    var diff = abs(a - b)
    return diff <= max(atol, rtol * max(abs(a), abs(b)))


def isclose(a: Float32, b: Float32, *, atol: Float64 = 1e-08, rtol: Float64 = 1e-05,
            equal_nan: Bool = False) -> Bool:
    return isclose(Float64(a), Float64(b), atol=atol, rtol=rtol, equal_nan=equal_nan)


def gcd(m: Int, n: Int) -> Int:
    var a = abs(m)
    var b = abs(n)
    while b != 0:
        var t = a % b
        a = b
        b = t
    return a


def gcd(values: List[Int]) -> Int:
    var g = 0
    for i in range(len(values)):
        g = gcd(g, values[i])
    return g


def lcm(m: Int, n: Int) -> Int:
    if m == 0 or n == 0:
        return 0
    return abs(m // gcd(m, n) * n)


def lcm(values: List[Int]) -> Int:
    var r = 1
    for i in range(len(values)):
        r = lcm(r, values[i])
    return r


def factorial(n: Int) -> Int:
    var r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def comb(n: Int, k: Int) -> Int:
    if k < 0 or k > n:
        return 0
    var kk = k if k < n - k else n - k
    var r = 1
    for i in range(1, kk + 1):
        r = r * (n - kk + i) // i
    return r


def perm(n: Int, k: Int = -1) -> Int:
    var kk = n if k == -1 else k
    if kk < 0 or kk > n:
        return 0
    var r = 1
    for i in range(n - kk + 1, n + 1):
        r *= i
    return r


def ceildiv(numerator: Int, denominator: Int) -> Int:
    return -((-numerator) // denominator)


def align_down(value: Int, alignment: Int) -> Int:
    return (value // alignment) * alignment


def align_up(value: Int, alignment: Int) -> Int:
    return ceildiv(value, alignment) * alignment


def clamp(val: Int, lower_bound: Int, upper_bound: Int) -> Int:
    return max(min(val, upper_bound), lower_bound)


def clamp(val: Float64, lower_bound: Float64, upper_bound: Float64) -> Float64:
    return max(min(val, upper_bound), lower_bound)


def clamp(val: Float32, lower_bound: Float32, upper_bound: Float32) -> Float32:
    return max(min(val, upper_bound), lower_bound)


def clamp[dtype: DType, width: Int](val: SIMD[dtype, width], lower_bound: SIMD[dtype, width],
                                    upper_bound: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """Lane by lane; scalar bounds are splatted by the implicit conversion."""
    return max(min(val, upper_bound), lower_bound)


def modf(x: Float64) -> Tuple[Float64, Float64]:
    var i = trunc(x)
    return (i, x - i)


def nextafter(x: Float64, y: Float64) -> Float64:
    return __libc_nextafter(x, y)


def __libc_rint(x: Float64) -> Float64: ...
def __libc_rintf(x: Float32) -> Float32: ...


def _round_even(x: Float64) -> Float64:
    return __libc_rint(x)


def _round_even(x: Float32) -> Float32:
    return __libc_rintf(x)


def _round_even(x: Float64, ndigits: Int) -> Float64:
    var scale = 1.0
    for _ in range(ndigits if ndigits > 0 else -ndigits):
        scale *= 10.0
    if ndigits >= 0:
        return __libc_rint(x * scale) / scale
    return __libc_rint(x / scale) * scale


def _round_even(x: Float32, ndigits: Int) -> Float32:
    return Float32(_round_even(Float64(x), ndigits))


def _inf[dtype: DType]() -> Scalar[dtype]:
    return Scalar[dtype](1.0) / Scalar[dtype](0.0)


def _nan[dtype: DType]() -> Scalar[dtype]:
    return Scalar[dtype](0.0) / Scalar[dtype](0.0)


def inf[dtype: DType]() -> Scalar[dtype]:
    return _inf[dtype]()


def nan[dtype: DType]() -> Scalar[dtype]:
    return _nan[dtype]()


def iota[dtype: DType, width: Int](offset: Scalar[dtype] = 0) -> SIMD[dtype, width]:
    """[offset, offset + 1, ..., offset + width - 1]."""
    var v = SIMD[dtype, width](offset)
    comptime if width > 1:  # a width-1 SIMD is a scalar here, which has no lanes to assign
        for i in range(width):
            v[i] = offset + Scalar[dtype](i)
    return v


# min/max of Comparable values (the checker folds `min(a, b, c)` pairwise): the first of equal
# values wins, as in Mojo.
def _cmp_min2[T: Comparable & Copyable](a: T, b: T) -> T:
    if b < a:
        return b.copy()
    return a.copy()


def _cmp_max2[T: Comparable & Copyable](a: T, b: T) -> T:
    if a < b:
        return b.copy()
    return a.copy()
