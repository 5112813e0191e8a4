# Arbitrary-precision non-negative integers as little-endian base-10^4 limbs:
# add, multiply, compare, factorials, Fibonacci and powers of two.

comptime BASE = 10000


struct BigInt(Copyable, Writable, Comparable):
    var limbs: List[Int]

    def __init__(out self, v: Int):
        self.limbs = List[Int]()
        var x = v
        if x == 0:
            self.limbs.append(0)
        while x > 0:
            self.limbs.append(x % BASE)
            x //= BASE

    def __init__(out self, s: String) raises:
        self.limbs = List[Int]()
        var n = s.byte_length()
        if n == 0:
            raise Error("empty number")
        var end = n
        while end > 0:
            var start = max(0, end - 4)
            var chunk = String(s[byte=start:end])
            self.limbs.append(atol(chunk))
            end = start
        self._trim()

    def _trim(mut self):
        while len(self.limbs) > 1 and self.limbs[len(self.limbs) - 1] == 0:
            _ = self.limbs.pop()

    def __add__(self, o: Self) -> Self:
        var r = BigInt(0)
        r.limbs.clear()
        var carry = 0
        for i in range(max(len(self.limbs), len(o.limbs))):
            var s = carry
            if i < len(self.limbs):
                s += self.limbs[i]
            if i < len(o.limbs):
                s += o.limbs[i]
            r.limbs.append(s % BASE)
            carry = s // BASE
        if carry:
            r.limbs.append(carry)
        return r^

    def __mul__(self, o: Self) -> Self:
        var r = BigInt(0)
        r.limbs = List[Int](length=len(self.limbs) + len(o.limbs), fill=0)
        for i in range(len(self.limbs)):
            var carry = 0
            for j in range(len(o.limbs)):
                var cur = r.limbs[i + j] + self.limbs[i] * o.limbs[j] + carry
                r.limbs[i + j] = cur % BASE
                carry = cur // BASE
            var k = i + len(o.limbs)
            while carry:
                var cur = r.limbs[k] + carry
                r.limbs[k] = cur % BASE
                carry = cur // BASE
                k += 1
        r._trim()
        return r^

    def __eq__(self, o: Self) -> Bool:
        return self.limbs == o.limbs

    def __lt__(self, o: Self) -> Bool:
        if len(self.limbs) != len(o.limbs):
            return len(self.limbs) < len(o.limbs)
        for i in range(len(self.limbs) - 1, -1, -1):
            if self.limbs[i] != o.limbs[i]:
                return self.limbs[i] < o.limbs[i]
        return False

    def digits(self) -> Int:
        return String(self).byte_length()

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.limbs[len(self.limbs) - 1])
        for i in range(len(self.limbs) - 2, -1, -1):
            var s = String(self.limbs[i])
            writer.write(String("0") * (4 - s.byte_length()), s)


def factorial(n: Int) -> BigInt:
    var r = BigInt(1)
    for i in range(2, n + 1):
        r = r * BigInt(i)
    return r^


def main() raises:
    var a = BigInt("123456789012345678901234567890")
    var b = BigInt("987654321098765432109876543210")
    print("a + b =", a + b)
    print("a * b =", a * b)
    print("a < b:", a < b, "b < a:", b < a, "a == a:", a == a.copy(), "a >= b:", a >= b)
    for n in [0, 1, 5, 20, 30, 50]:
        var f = factorial(n)
        print(String(n) + "! =", f, "(" + String(f.digits()) + " digits)")
    var x = BigInt(0)
    var y = BigInt(1)
    for _ in range(150):
        var t = x + y
        x = y^
        y = t^
    print("fib(150) =", x)
    var p = BigInt(1)
    var two = BigInt(2)
    for _ in range(128):
        p = p * two
    print("2^128 =", p)
    print("carry:", BigInt(9999) + BigInt(1), BigInt("99999999") + BigInt(1))
    print("zero:", BigInt(0) * a, BigInt("0000"))
    try:
        _ = BigInt("")
    except e:
        print("error:", e)
    try:
        _ = BigInt("12x4")
    except e:
        print("error:", e)
