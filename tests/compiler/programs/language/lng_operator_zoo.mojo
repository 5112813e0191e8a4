# The remaining operator dunders on a small modular-integer type:
# //, %, unary +, reflected forms, ** with an Int, and Equatable's !=.


@fieldwise_init
struct Mod7(ImplicitlyCopyable, Equatable, Writable):
    var v: Int

    @staticmethod
    def of(x: Int) -> Self:
        return Self(((x % 7) + 7) % 7)

    def __add__(self, o: Self) -> Self:
        return Self.of(self.v + o.v)

    def __radd__(self, x: Int) -> Self:
        return Self.of(x + self.v)

    def __sub__(self, o: Self) -> Self:
        return Self.of(self.v - o.v)

    def __rsub__(self, x: Int) -> Self:
        return Self.of(x - self.v)

    def __mul__(self, o: Self) -> Self:
        return Self.of(self.v * o.v)

    def __floordiv__(self, o: Self) -> Self:
        return Self.of(self.v // o.v)

    def __mod__(self, o: Self) -> Self:
        return Self.of(self.v % o.v)

    def __pow__(self, e: Int) -> Self:
        var r = Self.of(1)
        for _ in range(e):
            r = r * self
        return r

    def __pos__(self) -> Self:
        return self

    def __neg__(self) -> Self:
        return Self.of(-self.v)

    def __eq__(self, o: Self) -> Bool:
        return self.v == o.v

    def __isub__(mut self, o: Self):
        self = self - o

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.v, " (mod 7)")


def main():
    var a = Mod7.of(5)
    var b = Mod7.of(4)
    print(a + b, a - b, a * b, a // b, a % b)
    print(10 + a, 3 - b, -a, +b)
    print(a ** 3, b ** 0, Mod7.of(3) ** 6)
    print(a == Mod7.of(12), a != b, a != Mod7.of(-2))
    var c = a
    c -= b
    c -= b
    print(c)
    var total = Mod7.of(0)
    for i in range(10):
        total = i + total
    print(total)
