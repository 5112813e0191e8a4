# Arbitrary-precision non-negative integers as little-endian base-10^9 limbs
# in a List[Int]: addition, multiplication, comparison, factorial, Fibonacci.

comptime BASE = 1_000_000_000


struct BigInt(Copyable, Writable):
    var limbs: List[Int]

    def __init__(out self, value: Int):
        self.limbs = List[Int]()
        var v = value
        if v == 0:
            self.limbs.append(0)
        while v > 0:
            self.limbs.append(v % BASE)
            v //= BASE

    def __init__(out self, *, var limbs: List[Int]):
        self.limbs = limbs^
        self._trim()

    @staticmethod
    def parse(s: String) raises -> BigInt:
        var limbs = List[Int]()
        var end = s.byte_length()
        while end > 0:
            var start = max(0, end - 9)
            limbs.append(Int(s[byte=start:end]))
            end = start
        return BigInt(limbs=limbs^)

    def _trim(mut self):
        while len(self.limbs) > 1 and self.limbs[len(self.limbs) - 1] == 0:
            _ = self.limbs.pop()

    def __add__(self, other: Self) -> Self:
        var out = List[Int]()
        var carry = 0
        for i in range(max(len(self.limbs), len(other.limbs))):
            var s = carry
            if i < len(self.limbs):
                s += self.limbs[i]
            if i < len(other.limbs):
                s += other.limbs[i]
            out.append(s % BASE)
            carry = s // BASE
        if carry:
            out.append(carry)
        return BigInt(limbs=out^)

    def __mul__(self, other: Self) -> Self:
        var out = List[Int](length=len(self.limbs) + len(other.limbs), fill=0)
        for i in range(len(self.limbs)):
            var carry = 0
            for j in range(len(other.limbs)):
                var cur = out[i + j] + self.limbs[i] * other.limbs[j] + carry
                out[i + j] = cur % BASE
                carry = cur // BASE
            var k = i + len(other.limbs)
            while carry:
                var cur = out[k] + carry
                out[k] = cur % BASE
                carry = cur // BASE
                k += 1
        return BigInt(limbs=out^)

    def __lt__(self, other: Self) -> Bool:
        if len(self.limbs) != len(other.limbs):
            return len(self.limbs) < len(other.limbs)
        for i in range(len(self.limbs) - 1, -1, -1):
            if self.limbs[i] != other.limbs[i]:
                return self.limbs[i] < other.limbs[i]
        return False

    def __eq__(self, other: Self) -> Bool:
        return self.limbs == other.limbs

    def digit_sum(self) -> Int:
        var s = 0
        for limb in self.limbs:
            var v = limb
            while v > 0:
                s += v % 10
                v //= 10
        return s

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.limbs[len(self.limbs) - 1])
        for i in range(len(self.limbs) - 2, -1, -1):
            var part = String(self.limbs[i])
            writer.write("0" * (9 - part.byte_length()), part)


def factorial(n: Int) -> BigInt:
    var acc = BigInt(1)
    for k in range(2, n + 1):
        acc = acc * BigInt(k)
    return acc^


def fib(n: Int) -> BigInt:
    var a = BigInt(0)
    var b = BigInt(1)
    for _ in range(n):
        var c = a + b
        a = b^
        b = c^
    return a^


def main() raises:
    print("2^64 + 1 =", BigInt(1 << 62) * BigInt(4) + BigInt(1))
    print("30! =", factorial(30))
    var f100 = factorial(100)
    print("100! has", String(f100).byte_length(), "digits, digit sum", f100.digit_sum())
    print("fib(200) =", fib(200))
    var x = BigInt.parse("123456789012345678901234567890")
    var y = BigInt.parse("987654321098765432109876543210")
    print("x + y =", x + y)
    print("x * y =", x * y)
    print("x < y:", x < y, " y < x:", y < x, " x == x:", x == BigInt.parse("000123456789012345678901234567890"))
    var p = BigInt(1)
    var two = BigInt(2)
    for _ in range(128):
        p = p * two
    print("2^128 =", p)
    var prev = BigInt(0)
    var cur = BigInt(1)
    var idx = 1
    while String(cur).byte_length() < 50:
        var nxt = prev + cur
        prev = cur^
        cur = nxt^
        idx += 1
    var first = idx
    print("first Fibonacci with 50 digits: F(" + String(first) + ")")
