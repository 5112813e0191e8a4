# Methods: mut self chaining via returned copies, static and comptime members, Self in
# signatures, methods calling methods, and __str__ through Writable.


struct Fraction(Copyable, Movable, Writable, Equatable, Comparable):
    var num: Int
    var den: Int

    def __init__(out self, num: Int, den: Int = 1):
        var g = Fraction.gcd(abs(num), abs(den))
        var sign = -1 if den < 0 else 1
        self.num = sign * num // g
        self.den = sign * den // g

    @staticmethod
    def gcd(a: Int, b: Int) -> Int:
        var x = a
        var y = b
        while y != 0:
            x, y = y, x % y
        return x if x != 0 else 1

    def __add__(self, o: Self) -> Self:
        return Self(self.num * o.den + o.num * self.den, self.den * o.den)

    def __sub__(self, o: Self) -> Self:
        return Self(self.num * o.den - o.num * self.den, self.den * o.den)

    def __mul__(self, o: Self) -> Self:
        return Self(self.num * o.num, self.den * o.den)

    def __truediv__(self, o: Self) -> Self:
        return Self(self.num * o.den, self.den * o.num)

    def __eq__(self, o: Self) -> Bool:
        return self.num == o.num and self.den == o.den

    def __ne__(self, o: Self) -> Bool:
        return not self == o

    def __lt__(self, o: Self) -> Bool:
        return self.num * o.den < o.num * self.den

    def __le__(self, o: Self) -> Bool:
        return not o < self

    def __gt__(self, o: Self) -> Bool:
        return o < self

    def __ge__(self, o: Self) -> Bool:
        return not self < o

    def __float__(self) -> Float64:
        return Float64(self.num) / Float64(self.den)

    def reciprocal(self) -> Self:
        return Self(self.den, self.num)

    def write_to(self, mut writer: Some[Writer]):
        if self.den == 1:
            writer.write(self.num)
        else:
            writer.write(self.num, "/", self.den)


def harmonic(n: Int) -> Fraction:
    var s = Fraction(0)
    for i in range(1, n + 1):
        s = s + Fraction(1, i)
    return s^


def main():
    var a = Fraction(6, 8)
    var b = Fraction(-2, -6)
    print(a, b, a + b, a - b, a * b, a / b)
    print(Fraction(4, -10), Fraction(0, 5), Fraction(10, 5))
    print(a < b, a > b, a == Fraction(3, 4), a != b, a <= a, b >= a)
    print(harmonic(6), Float64(harmonic(6).__float__()))
    print(a.reciprocal(), (a * a.reciprocal()))
    var fs: List[Fraction] = [Fraction(1, 3), Fraction(1, 2), Fraction(-1, 4), Fraction(2, 7)]
    sort(fs)
    for f in fs:
        print(f, end=" ")
    print()
