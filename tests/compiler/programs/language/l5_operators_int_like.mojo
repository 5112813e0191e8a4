# A modular-integer type with arithmetic, bitwise, shift, power, floordiv/mod and reflected operators.


@fieldwise_init
struct Mod7(ImplicitlyCopyable, Writable, Equatable):
    var v: Int

    @staticmethod
    def of(x: Int) -> Self:
        return Self(x % 7)

    def __add__(self, o: Self) -> Self:
        return Self.of(self.v + o.v)

    def __sub__(self, o: Self) -> Self:
        return Self.of(self.v - o.v + 7)

    def __mul__(self, o: Self) -> Self:
        return Self.of(self.v * o.v)

    def __pow__(self, e: Int) -> Self:
        var r = Self(1)
        for _ in range(e):
            r = r * self
        return r

    def __radd__(self, o: Int) -> Self:
        return Self.of(self.v + o)

    def __floordiv__(self, o: Self) -> Self:
        return Self(self.v // o.v)

    def __mod__(self, o: Self) -> Self:
        return Self(self.v % o.v)

    def __and__(self, o: Self) -> Self:
        return Self(self.v & o.v)

    def __or__(self, o: Self) -> Self:
        return Self.of(self.v | o.v)

    def __xor__(self, o: Self) -> Self:
        return Self.of(self.v ^ o.v)

    def __lshift__(self, n: Int) -> Self:
        return Self.of(self.v << n)

    def __rshift__(self, n: Int) -> Self:
        return Self(self.v >> n)

    def __invert__(self) -> Self:
        return Self.of(6 - self.v)

    def __isub__(mut self, o: Self):
        self = self - o

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.v, " (mod 7)")


def main():
    var a = Mod7(5)
    var b = Mod7(4)
    print(a + b, a - b, b - a, a * b)
    print(a ** 3, 10 + a)
    print(a // b, a % b, a & b, a | b, a ^ b)
    print(a << 2, a >> 1, ~a)
    a -= b
    print(a, a == Mod7(1), a != b)
