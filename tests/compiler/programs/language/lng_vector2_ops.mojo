# A 2D vector with the arithmetic dunders, reflected and in-place forms,
# comparisons, negation, truthiness and printing.


@fieldwise_init
struct Vec2(Copyable, Writable, Equatable):
    var x: Float64
    var y: Float64

    def __add__(self, other: Self) -> Self:
        return Self(self.x + other.x, self.y + other.y)

    def __sub__(self, other: Self) -> Self:
        return Self(self.x - other.x, self.y - other.y)

    def __mul__(self, k: Float64) -> Self:
        return Self(self.x * k, self.y * k)

    def __rmul__(self, k: Float64) -> Self:
        return Self(self.x * k, self.y * k)

    def __truediv__(self, k: Float64) -> Self:
        return Self(self.x / k, self.y / k)

    def __neg__(self) -> Self:
        return Self(-self.x, -self.y)

    def __iadd__(mut self, other: Self):
        self.x += other.x
        self.y += other.y

    def __imul__(mut self, k: Float64):
        self.x *= k
        self.y *= k

    def __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def __bool__(self) -> Bool:
        return self.x != 0.0 or self.y != 0.0

    def dot(self, other: Self) -> Float64:
        return self.x * other.x + self.y * other.y

    def length_sq(self) -> Float64:
        return self.dot(self)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")


def main():
    var a = Vec2(1.5, -2.0)
    var b = Vec2(0.5, 4.0)
    print("a =", a, "b =", b)
    print("a + b =", a + b)
    print("a - b =", a - b)
    print("a * 2 =", a * 2.0)
    print("3 * b =", 3.0 * b)
    print("b / 4 =", b / 4.0)
    print("-a =", -a)
    print("a . b =", a.dot(b), "|a|^2 =", a.length_sq())
    var c = a.copy()
    c += b
    print("c after += :", c)
    c *= 0.5
    print("c after *= :", c)
    print("a == a:", a == Vec2(1.5, -2.0), " a != b:", a != b)
    var zero = Vec2(0.0, 0.0)
    if zero:
        print("zero is truthy")
    else:
        print("zero is falsy")
    if a:
        print("a is truthy")
    print(String(a), String("v=", b))
