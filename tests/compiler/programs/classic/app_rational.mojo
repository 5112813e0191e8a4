# A Rational number struct implementing arithmetic operators, comparison
# traits, hashing and Writable; used for exact harmonic sums and a Dict.
from std.hash import Hasher
from std.math import gcd


@fieldwise_init
struct Rational(Comparable, Copyable, Hashable, ImplicitlyCopyable, Writable):
    var num: Int
    var den: Int

    @staticmethod
    def of(n: Int, d: Int = 1) raises -> Rational:
        if d == 0:
            raise Error("zero denominator")
        var g = gcd(n, d)
        var s = -1 if d < 0 else 1
        return Rational(s * n // g, s * d // g)

    def __add__(self, o: Self) -> Self:
        var g = gcd(self.den, o.den)
        var d = self.den // g * o.den
        var n = self.num * (d // self.den) + o.num * (d // o.den)
        var h = gcd(n, d)
        return Rational(n // h, d // h)

    def __neg__(self) -> Self:
        return Rational(-self.num, self.den)

    def __sub__(self, o: Self) -> Self:
        return self + (-o)

    def __mul__(self, o: Self) -> Self:
        var g1 = gcd(self.num, o.den)
        var g2 = gcd(o.num, self.den)
        return Rational((self.num // g1) * (o.num // g2), (self.den // g2) * (o.den // g1))

    def __truediv__(self, o: Self) raises -> Self:
        if o.num == 0:
            raise Error("division by zero")
        return self * Rational.of(o.den, o.num)

    def __eq__(self, o: Self) -> Bool:
        return self.num == o.num and self.den == o.den

    def __lt__(self, o: Self) -> Bool:
        return self.num * o.den < o.num * self.den

    def __hash__[H: Hasher](self, mut hasher: H):
        self.num.__hash__(hasher)
        self.den.__hash__(hasher)

    def write_to(self, mut writer: Some[Writer]):
        if self.den == 1:
            writer.write(self.num)
        else:
            writer.write(self.num, "/", self.den)

    def to_float(self) -> Float64:
        return Float64(self.num) / Float64(self.den)


def harmonic(n: Int) raises -> Rational:
    var s = Rational.of(0)
    for k in range(1, n + 1):
        s = s + Rational.of(1, k)
    return s


def main() raises:
    var a = Rational.of(6, -8)
    var b = Rational.of(5, 12)
    print("a =", a, " b =", b)
    print("a+b =", a + b, " a-b =", a - b, " a*b =", a * b, " a/b =", a / b)
    print("a<b", a < b, " a<=b", a <= b, " a>b", a > b, " a==a", a == Rational.of(-3, 4), " a!=b", a != b)
    for n in [1, 2, 5, 10, 20]:
        var h = harmonic(n)
        print("H(" + String(n) + ") =", h, "~", h.to_float())
    var xs = [Rational.of(1, 3), Rational.of(-2, 5), Rational.of(7, 8), Rational.of(1, 2), Rational.of(0)]
    sort(xs)
    var line = String()
    for x in xs:
        line += String(x) + " "
    print("sorted:", line)
    print("min:", min(xs[0], xs[1]), "max:", max(xs[3], xs[4]))

    var seen = Dict[Rational, String]()
    seen[Rational.of(2, 4)] = "half"
    seen[Rational.of(3, 9)] = "third"
    print("1/2 known:", Rational.of(1, 2) in seen, seen[Rational.of(5, 10)])
    print("3/9 known:", seen.get(Rational.of(1, 3)).value())

    # continued fraction expansion of 415/93
    var r = Rational.of(415, 93)
    var terms = List[Int]()
    while True:
        var q = r.num // r.den
        terms.append(q)
        var frac = r - Rational.of(q)
        if frac.num == 0:
            break
        r = Rational.of(1) / frac
    print("415/93 = ", terms)
    try:
        _ = Rational.of(1, 2) / Rational.of(0)
    except e:
        print("error:", e)
