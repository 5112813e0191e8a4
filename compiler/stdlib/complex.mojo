# std.complex: complex numbers over SIMD vectors (`ComplexFloat64` is one lane of float64).
#
# Products use fused multiply-adds where Mojo's do (so results match to the last bit). The
# square root, exponential and trigonometric functions go through libm in Float64 (a library
# module cannot import std.math's checker builtins), for one lane
# (ComplexFloat64, ComplexFloat32).

def __libc_exp(x: Float64) -> Float64: ...
def __libc_fma(x: Float64, y: Float64, z: Float64) -> Float64: ...
def __libc_sin(x: Float64) -> Float64: ...
def __libc_cos(x: Float64) -> Float64: ...
def __libc_sqrt(x: Float64) -> Float64: ...




struct ComplexSIMD[dtype: DType, length: Int](ImplicitlyCopyable, Copyable, Writable):
    var re: SIMD[Self.dtype, Self.length]
    var im: SIMD[Self.dtype, Self.length]

    def __init__(out self, re: SIMD[Self.dtype, Self.length], im: SIMD[Self.dtype, Self.length] = 0):
        self.re = re
        self.im = im

    def __add__(self, rhs: Self) -> Self:
        return Self(self.re + rhs.re, self.im + rhs.im)

    def __sub__(self, rhs: Self) -> Self:
        return Self(self.re - rhs.re, self.im - rhs.im)

    def __mul__(self, rhs: Self) -> Self:
        return Self(_fma(self.re, rhs.re, -self.im * rhs.im), _fma(self.re, rhs.im, self.im * rhs.re))

    def __mul__(self, rhs: SIMD[Self.dtype, Self.length]) -> Self:
        return Self(self.re * rhs, self.im * rhs)

    def __rmul__(self, lhs: SIMD[Self.dtype, Self.length]) -> Self:
        return Self(lhs * self.re, lhs * self.im)

    def __imul__(mut self, rhs: Self):
        self = self * rhs

    def __imul__(mut self, rhs: SIMD[Self.dtype, Self.length]):
        self = self * rhs

    def __truediv__(self, rhs: Self) -> Self:
        var denom = rhs.squared_norm()
        return Self(_fma(self.re, rhs.re, self.im * rhs.im) / denom,
                    _fma(self.im, rhs.re, -(self.re * rhs.im)) / denom)

    def __neg__(self) -> Self:
        return Self(-self.re, -self.im)

    def __eq__(self, rhs: Self) -> Bool:
        return self.re == rhs.re and self.im == rhs.im

    def __ne__(self, rhs: Self) -> Bool:
        return not (self == rhs)

    def __abs__(self) -> SIMD[Self.dtype, Self.length]:
        return self.norm()

    def norm(self) -> SIMD[Self.dtype, Self.length]:
        var sq = self.squared_norm()
        return SIMD[Self.dtype, Self.length](__libc_sqrt(Float64(sq)))

    def squared_norm(self) -> SIMD[Self.dtype, Self.length]:
        return _fma(self.re, self.re, self.im * self.im)

    def conj(self) -> Self:
        return Self(self.re, -self.im)

    def squared_add(self, c: Self) -> Self:
        """self * self + c, the step of the Mandelbrot iteration."""
        return Self(_fma(self.re, self.re, _fma(self.im, -self.im, c.re)), _fma(self.re, self.im + self.im, c.im))

    def fma(self, b: Self, c: Self) -> Self:
        """self * b + c."""
        return Self(_fma(self.re, b.re, -_fma(self.im, b.im, -c.re)), _fma(self.re, b.im, _fma(self.im, b.re, c.im)))

    def __exp__(self) -> Self:
        var r = __libc_exp(Float64(self.re))
        return Self(SIMD[Self.dtype, Self.length](r * __libc_cos(Float64(self.im))),
                    SIMD[Self.dtype, Self.length](r * __libc_sin(Float64(self.im))))

    def copy(self) -> Self:
        return Self(self.re, self.im)

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.re)
        if self.im != 0:  # Mojo leaves out a zero imaginary part
            writer.write(" + ", self.im, "i")


comptime ComplexFloat64 = ComplexSIMD[DType.float64, 1]
comptime ComplexFloat32 = ComplexSIMD[DType.float32, 1]


def _fma[dtype: DType, length: Int](a: SIMD[dtype, length], b: SIMD[dtype, length], c: SIMD[dtype, length]) -> SIMD[dtype, length]:
    return SIMD[dtype, length](__libc_fma(Float64(a), Float64(b), Float64(c)))

