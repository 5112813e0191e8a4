# A 3-vector with the full set of arithmetic dunders, reflected and in-place forms.


@fieldwise_init
struct Vec3(Copyable, Movable, Writable, Equatable, ImplicitlyCopyable):
    var x: Int
    var y: Int
    var z: Int

    def __add__(self, o: Self) -> Self:
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __add__(self, k: Int) -> Self:
        return Vec3(self.x + k, self.y + k, self.z + k)

    def __radd__(self, k: Int) -> Self:
        print("  (radd)")
        return self + k

    def __sub__(self, o: Self) -> Self:
        return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __rsub__(self, k: Int) -> Self:
        return Vec3(k - self.x, k - self.y, k - self.z)

    def __mul__(self, k: Int) -> Self:
        return Vec3(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k: Int) -> Self:
        return self * k

    def __matmul__(self, o: Self) -> Int:
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __floordiv__(self, k: Int) -> Self:
        return Vec3(self.x // k, self.y // k, self.z // k)

    def __mod__(self, k: Int) -> Self:
        return Vec3(self.x % k, self.y % k, self.z % k)

    def __neg__(self) -> Self:
        return Vec3(-self.x, -self.y, -self.z)

    def __pos__(self) -> Self:
        return self

    def __invert__(self) -> Self:
        return Vec3(~self.x, ~self.y, ~self.z)

    def __iadd__(mut self, o: Self):
        print("  (iadd)")
        self.x += o.x
        self.y += o.y
        self.z += o.z

    def __imul__(mut self, k: Int):
        self.x *= k
        self.y *= k
        self.z *= k

    def __isub__(mut self, o: Self):
        self = self - o

    def __lshift__(self, k: Int) -> Self:
        return Vec3(self.x << k, self.y << k, self.z << k)

    def __rshift__(self, k: Int) -> Self:
        return Vec3(self.x >> k, self.y >> k, self.z >> k)

    def __and__(self, k: Int) -> Self:
        return Vec3(self.x & k, self.y & k, self.z & k)

    def __or__(self, k: Int) -> Self:
        return Vec3(self.x | k, self.y | k, self.z | k)

    def __xor__(self, k: Int) -> Self:
        return Vec3(self.x ^ k, self.y ^ k, self.z ^ k)

    def __pow__(self, k: Int) -> Self:
        var r = Vec3(1, 1, 1)
        for _ in range(k):
            r = Vec3(r.x * self.x, r.y * self.y, r.z * self.z)
        return r

    def __eq__(self, o: Self) -> Bool:
        return self.x == o.x and self.y == o.y and self.z == o.z

    def __ne__(self, o: Self) -> Bool:
        return not self == o

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ", ", self.z, ")")


def main():
    var a = Vec3(1, 2, 3)
    var b = Vec3(-4, 5, 7)
    print("a+b", a + b)
    print("a+10", a + 10)
    print("10+a", 10 + a)
    print("a-b", a - b)
    print("100-a", 100 - a)
    print("a*3", a * 3, "3*a", 3 * a)
    print("a@b", a @ b)
    print("b//2", b // 2, "b%3", b % 3)
    print("-a", -a, "+a", +a, "~a", ~a)
    print("a<<2", a << 2, "b>>1", b >> 1)
    print("b&6", b & 6, "b|8", b | 8, "b^5", b ^ 5)
    print("a**3", a ** 3)
    var c = a
    c += b
    print("c", c)
    c *= -2
    print("c*-2", c)
    c -= a
    print("c-a", c)
    print(a == Vec3(1, 2, 3), a != b, a == b)
