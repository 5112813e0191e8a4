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
