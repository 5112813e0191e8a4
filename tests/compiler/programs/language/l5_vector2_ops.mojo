# A 2D vector with the full set of arithmetic, comparison, reflected and in-place operators.


@fieldwise_init
struct Vector2(Copyable, Writable):
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

    def dot(self, other: Self) -> Float64:
        return self.x * other.x + self.y * other.y

    def length_squared(self) -> Float64:
        return self.dot(self)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Vector2(", self.x, ", ", self.y, ")")


def main():
    var a = Vector2(1.0, 2.0)
    var b = Vector2(3.5, -1.0)
    print(a + b)
    print(a - b)
    print(a * 2.0)
    print(3.0 * b)
    print(b / 2.0)
    print(-a)
    print(a.dot(b), a.length_squared())
    var c = a.copy()
    c += b
    c *= 0.5
    print(c)
    print(a == Vector2(1.0, 2.0), a != b)
    var path = [Vector2(0.0, 0.0), Vector2(1.0, 1.0), Vector2(2.0, 0.5)]
    var pos = Vector2(0.0, 0.0)
    for step in path:
        pos += step
    print("final:", pos)
