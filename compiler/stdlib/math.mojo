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


def gcd(*values: Int) -> Int:
    var g = 0
    for v in values:
        g = gcd(g, v)
    return g


def lcm(m: Int, n: Int) -> Int:
    if m == 0 or n == 0:
        return 0
    return abs(m // gcd(m, n) * n)


def lcm(*values: Int) -> Int:
    var r = 1
    for v in values:
        r = lcm(r, v)
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


def __libc_nextafterf(x: Float32, y: Float32) -> Float32: ...


def nextafter(x: Float32, y: Float32) -> Float32:
    return __libc_nextafterf(x, y)


def remainder(x: Float32, y: Float32) -> Float32:
    return __libc_remainderf(x, y)


def scalb(x: Float32, y: Float32) -> Float32:
    return Float32(scalb(Float64(x), Float64(y)))


# ---- SIMD forms: Mojo's math functions take SIMD[dtype, width]; a vector is computed lane by lane
# with the scalar kernels above (Float32 lanes with the Float32 kernel, Float16 via Float64, as the
# results then round to the lane type). A width-1 SIMD is the scalar itself here.

def log1p[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](log1p(Float32(x)))
        return SIMD[dtype, width](log1p(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = log1p(x[i])
        return r


def expm1[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](expm1(Float32(x)))
        return SIMD[dtype, width](expm1(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = expm1(x[i])
        return r


def gamma[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](gamma(Float32(x)))
        return SIMD[dtype, width](gamma(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = gamma(x[i])
        return r


def lgamma[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](lgamma(Float32(x)))
        return SIMD[dtype, width](lgamma(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = lgamma(x[i])
        return r


def asinh[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](asinh(Float32(x)))
        return SIMD[dtype, width](asinh(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = asinh(x[i])
        return r


def acosh[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](acosh(Float32(x)))
        return SIMD[dtype, width](acosh(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = acosh(x[i])
        return r


def atanh[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](atanh(Float32(x)))
        return SIMD[dtype, width](atanh(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = atanh(x[i])
        return r


def logb[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return SIMD[dtype, width](logb(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = logb(x[i])
        return r


def j0[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return SIMD[dtype, width](j0(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = j0(x[i])
        return r


def j1[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return SIMD[dtype, width](j1(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = j1(x[i])
        return r


def y0[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return SIMD[dtype, width](y0(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = y0(x[i])
        return r


def y1[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return SIMD[dtype, width](y1(Float64(x)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = y1(x[i])
        return r


def remainder[dtype: DType, width: Int](x: SIMD[dtype, width], y: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](remainder(Float32(x), Float32(y)))
        return SIMD[dtype, width](remainder(Float64(x), Float64(y)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = remainder(x[i], y[i])
        return r


def scalb[dtype: DType, width: Int](x: SIMD[dtype, width], y: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](scalb(Float32(x), Float32(y)))
        return SIMD[dtype, width](scalb(Float64(x), Float64(y)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = scalb(x[i], y[i])
        return r


def nextafter[dtype: DType, width: Int](x: SIMD[dtype, width], y: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](nextafter(Float32(x), Float32(y)))
        return SIMD[dtype, width](nextafter(Float64(x), Float64(y)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = nextafter(x[i], y[i])
        return r


def ulp[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The gap from |x| to the next float away from zero (toward zero at the largest finite);
    NaN stays NaN and an infinity gives infinity."""
    comptime if width == 1:
        var a = abs(x)
        if isnan(x) or isinf(x):
            return a
        var up = nextafter(a, _inf[dtype]())
        if isinf(up):
            return a - nextafter(a, -_inf[dtype]())
        return up - a
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = ulp(x[i])
        return r


def ldexp(x: Float64, exp: Int32) -> Float64:
    return __libc_ldexp(x, exp)


def ldexp(x: Float32, exp: Int32) -> Float32:
    return Float32(__libc_ldexp(Float64(x), exp))


def ldexp[dtype: DType, width: Int](x: SIMD[dtype, width], exp: SIMD[DType.int32, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        return SIMD[dtype, width](__libc_ldexp(Float64(x), Int32(exp)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = ldexp(x[i], exp[i])
        return r


def frexp[dtype: DType, width: Int](x: SIMD[dtype, width]) -> Tuple[SIMD[dtype, width], SIMD[dtype, width]]:
    """(mantissa, exponent) with x = mantissa * 2^exponent and |mantissa| in [0.5, 1); zero,
    infinities and NaN give (x, 0). The exponent is a float of x's type, as in Mojo."""
    comptime if width == 1:
        var d = Float64(x)
        if d == 0 or isnan(d) or isinf(d):
            return (x, SIMD[dtype, width](0))
        var e = Int(logb(d)) + 1
        return (SIMD[dtype, width](__libc_ldexp(d, Int32(-e))), SIMD[dtype, width](Float64(e)))
    else:
        var m = SIMD[dtype, width](0)
        var ex = SIMD[dtype, width](0)
        for i in range(width):
            var p = frexp(x[i])
            m[i] = p[0]
            ex[i] = p[1]
        return (m, ex)


def modf[dtype: DType, width: Int](x: SIMD[dtype, width]) -> Tuple[SIMD[dtype, width], SIMD[dtype, width]]:
    """(integral part, fractional part), both with x's sign."""
    var i = trunc(x)
    return (i, x - i)


def rsqrt[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    return 1 / sqrt(x)


def recip[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    return 1 / x


def isfinite[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    comptime if width == 1:
        return not (isnan(x) or isinf(x))
    else:
        var r = SIMD[DType.bool, width](False)
        for i in range(width):
            r[i] = not (isnan(x[i]) or isinf(x[i]))
        return r


def isclose[dtype: DType, width: Int](a: SIMD[dtype, width], b: SIMD[dtype, width], *, atol: Float64 = 1e-08,
                                      rtol: Float64 = 1e-05, equal_nan: Bool = False) -> SIMD[DType.bool, width]:
    comptime if width == 1:
        return isclose(Float64(a), Float64(b), atol=atol, rtol=rtol, equal_nan=equal_nan)
    else:
        var r = SIMD[DType.bool, width](False)
        for i in range(width):
            r[i] = isclose(Float64(a[i]), Float64(b[i]), atol=atol, rtol=rtol, equal_nan=equal_nan)
        return r


def _round_int(x: Int, ndigits: Int) -> Int:
    """Int.__round__(ndigits): unchanged for ndigits >= 0, else down (toward -inf) to a multiple
    of 10^-ndigits, as Mojo 1.2 computes it (round(1350, -2) is 1300)."""
    if ndigits >= 0:
        return x
    var p = 1
    for _ in range(-ndigits):
        p *= 10
    return x - x % p


def _round_even[dtype: DType, width: Int](x: SIMD[dtype, width], ndigits: Int) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](_round_even(Float32(x), ndigits))
        return SIMD[dtype, width](_round_even(Float64(x), ndigits))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = _round_even(x[i], ndigits)
        return r


def align_down[dtype: DType, width: Int](value: SIMD[dtype, width], alignment: SIMD[dtype, width]) -> SIMD[dtype, width]:
    return (value // alignment) * alignment


def align_up[dtype: DType, width: Int](value: SIMD[dtype, width], alignment: SIMD[dtype, width]) -> SIMD[dtype, width]:
    return align_down(value + alignment - 1, alignment)


def _isqrt(x: Int) -> Int:
    """sqrt of an Int: the largest r with r*r <= x, bit by bit (0 for negative x), as Mojo."""
    if x < 0:
        return 0
    var r = 0
    var r2 = 0
    var p = 31
    while p >= 0:
        var dr2 = (r << (p + 1)) + (1 << (p + p))
        if r2 <= x - dr2:
            r2 += dr2
            r |= 1 << p
        p -= 1
    return r
