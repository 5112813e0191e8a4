# A Fraction type with normalisation, arithmetic with Ints through
# reflected operators, comparisons, __abs__, __pow__, and hashing.

from std.math import gcd
from std.hash import Hasher


struct Fraction(Absable, Copyable, Comparable, Hashable, Writable):
    var num: Int
    var den: Int

    def __init__(out self, num: Int, den: Int = 1):
        var g = gcd(num, den)
        if g == 0:
            g = 1
        var s = -1 if den < 0 else 1
        self.num = s * num // g
        self.den = s * den // g

    def __add__(self, o: Self) -> Self:
        return Self(self.num * o.den + o.num * self.den, self.den * o.den)

    def __add__(self, n: Int) -> Self:
        return self + Self(n)

    def __radd__(self, n: Int) -> Self:
        return Self(n) + self

    def __sub__(self, o: Self) -> Self:
        return Self(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, n: Int) -> Self:
        return Self(n) - self

    def __mul__(self, o: Self) -> Self:
        return Self(self.num * o.num, self.den * o.den)

    def __rmul__(self, n: Int) -> Self:
        return Self(n * self.num, self.den)

    def __truediv__(self, o: Self) -> Self:
        return Self(self.num * o.den, self.den * o.num)

    def __pow__(self, e: Int) -> Self:
        var r = Self(1)
        for _ in range(e):
            r = r * self
        return r^

    def __neg__(self) -> Self:
        return Self(-self.num, self.den)

    def __abs__(self) -> Self:
        return Self(abs(self.num), self.den)

    def __lt__(self, o: Self) -> Bool:
        return self.num * o.den < o.num * self.den

    def __eq__(self, o: Self) -> Bool:
        return self.num == o.num and self.den == o.den

    def __hash__(self, mut hasher: Some[Hasher]):
        self.num.__hash__(hasher)
        self.den.__hash__(hasher)

    def __float__(self) -> Float64:
        return Float64(self.num) / Float64(self.den)

    def write_to(self, mut writer: Some[Writer]):
        if self.den == 1:
            writer.write(self.num)
        else:
            writer.write(self.num, "/", self.den)


def main() raises:
    var a = Fraction(1, 2)
    var b = Fraction(2, 6)
    print(a, b, Fraction(4, -8))
    print(a + b, a - b, a * b, a / b)
    print(a + 1, 2 + a, 1 - b, 3 * b)
    print(a ** 3, -a, abs(Fraction(-3, 4)))
    print(a < b, a > b, a <= a, a >= b, a == Fraction(2, 4), a != b)
    var total = Fraction(0)
    for d in range(1, 5):
        total = total + Fraction(1, d)
    print("H4 =", total, Float64(total.num) / Float64(total.den))
    var d = Dict[Fraction, String]()
    d[Fraction(1, 2)] = "half"
    d[Fraction(3, 6)] = "also half"
    print(len(d), d[Fraction(2, 4)])
