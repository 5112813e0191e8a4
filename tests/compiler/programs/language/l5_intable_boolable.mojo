# Conversions via dunder methods: __int__, __float__, __bool__, __str__-style write_to, __len__, __hash__-free.


@fieldwise_init
struct Money(Intable, Floatable, Boolable, Writable, Copyable, Comparable):
    var cents: Int

    def __int__(self) -> Int:
        return self.cents // 100

    def __float__(self) -> Float64:
        return Float64(self.cents) / 100.0

    def __bool__(self) -> Bool:
        return self.cents != 0

    def __lt__(self, other: Self) -> Bool:
        return self.cents < other.cents

    def __le__(self, other: Self) -> Bool:
        return self.cents <= other.cents

    def __eq__(self, other: Self) -> Bool:
        return self.cents == other.cents

    def __gt__(self, other: Self) -> Bool:
        return self.cents > other.cents

    def __ge__(self, other: Self) -> Bool:
        return self.cents >= other.cents

    def write_to(self, mut writer: Some[Writer]):
        writer.write("$", self.cents // 100, ".")
        var c = self.cents % 100
        if c < 10:
            writer.write("0")
        writer.write(c)


def main():
    var a = Money(1234)
    var b = Money(0)
    var c = Money(505)
    print(a, b, c)
    print(Int(a), Float64(c), Bool(a), Bool(b))
    if not b:
        print("b is empty")
    print(a > c, a < c, c <= c, a == Money(1234), a != c)
    var s = String(a)
    print("as string:", s, s.byte_length())
    print(max(a.cents, c.cents))
