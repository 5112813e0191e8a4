# A BitSet struct with the bitwise dunders (&, |, ^, ~, <<, >>), their
# in-place forms, __contains__, __len__ and __eq__.


@fieldwise_init
struct BitSet(ImplicitlyCopyable, Equatable, Writable, Sized):
    var bits: UInt64

    def __and__(self, o: Self) -> Self:
        return Self(self.bits & o.bits)

    def __or__(self, o: Self) -> Self:
        return Self(self.bits | o.bits)

    def __xor__(self, o: Self) -> Self:
        return Self(self.bits ^ o.bits)

    def __invert__(self) -> Self:
        return Self(~self.bits)

    def __lshift__(self, n: Int) -> Self:
        return Self(self.bits << UInt64(n))

    def __rshift__(self, n: Int) -> Self:
        return Self(self.bits >> UInt64(n))

    def __ior__(mut self, o: Self):
        self.bits |= o.bits

    def __iand__(mut self, o: Self):
        self.bits &= o.bits

    def __contains__(self, i: Int) -> Bool:
        return (self.bits >> UInt64(i)) & 1 == 1

    def __len__(self) -> Int:
        var n = 0
        var b = self.bits
        while b:
            n += Int(b & 1)
            b >>= 1
        return n

    def __eq__(self, o: Self) -> Bool:
        return self.bits == o.bits

    def write_to(self, mut writer: Some[Writer]):
        writer.write("{")
        var first = True
        for i in range(64):
            if i in self:
                if not first:
                    writer.write(",")
                writer.write(i)
                first = False
        writer.write("}")


def of(*items: Int) -> BitSet:
    var b = BitSet(0)
    for i in items:
        b |= BitSet(UInt64(1) << UInt64(i))
    return b


def main():
    var a = of(1, 3, 5, 7)
    var b = of(3, 4, 5)
    print(a, b, len(a))
    print("and", a & b, "or", a | b, "xor", a ^ b)
    print("shift", a << 2, a >> 1)
    print("invert len", len(~a))
    var c = a.copy()
    c &= b
    print(c, c == of(5, 3), c != a)
    print(3 in a, 4 in a)
