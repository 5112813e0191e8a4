# std.utils.numerics: special floating-point values and predicates (std.math re-exports some).


def inf[dtype: DType]() -> Scalar[dtype]:
    return _inf[dtype]()


def neg_inf[dtype: DType]() -> Scalar[dtype]:
    return -_inf[dtype]()


def nan[dtype: DType]() -> Scalar[dtype]:
    return _nan[dtype]()


def isfinite(x: Float64) -> Bool:
    return x == x and x <= 1.7976931348623157e308 and x >= -1.7976931348623157e308


def isfinite(x: Float32) -> Bool:
    return isfinite(Float64(x))


def isnan(x: Float64) -> Bool:
    return x != x


def isnan(x: Float32) -> Bool:
    return x != x


def isinf(x: Float64) -> Bool:
    return x > 1.7976931348623157e308 or x < -1.7976931348623157e308


def isinf(x: Float32) -> Bool:
    return isinf(Float64(x))


def nextafter(x: Float64, y: Float64) -> Float64:
    return __libc_nextafter(x, y)


def max_finite[dtype: DType]() -> Scalar[dtype]:
    """The largest finite value of the type (for integers, its maximum)."""
    return Scalar[dtype].MAX_FINITE


def min_finite[dtype: DType]() -> Scalar[dtype]:
    """The most negative finite value of the type (for integers, its minimum)."""
    return Scalar[dtype].MIN_FINITE


def max_or_inf[dtype: DType]() -> Scalar[dtype]:
    """+inf for a floating-point type, the maximum for an integer one."""
    return Scalar[dtype].MAX


def min_or_neg_inf[dtype: DType]() -> Scalar[dtype]:
    """-inf for a floating-point type, the minimum for an integer one."""
    return Scalar[dtype].MIN


def isnan[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    return x.ne(x)


def isinf[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    return abs(x).eq(_inf[dtype]())


def isfinite[dtype: DType, width: Int](x: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    return abs(x).lt(_inf[dtype]())


def nextafter(x: Float32, y: Float32) -> Float32:
    return __libc_nextafterf(x, y)


def nextafter[dtype: DType, width: Int](x: SIMD[dtype, width], y: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if width == 1:
        comptime if dtype == DType.float32:
            return SIMD[dtype, width](__libc_nextafterf(Float32(x), Float32(y)))
        return SIMD[dtype, width](__libc_nextafter(Float64(x), Float64(y)))
    else:
        var r = SIMD[dtype, width](0)
        for i in range(width):
            r[i] = nextafter(x[i], y[i])
        return r
