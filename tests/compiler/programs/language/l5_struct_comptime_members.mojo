# Structs with comptime members, parametric methods and static factories.


struct Color(Writable, Copyable, Equatable):
    var r: UInt8
    var g: UInt8
    var b: UInt8

    comptime MAX = 255

    def __init__(out self, r: Int, g: Int, b: Int):
        self.r = UInt8(r)
        self.g = UInt8(g)
        self.b = UInt8(b)

    @staticmethod
    def gray(level: Int) -> Self:
        return Self(level, level, level)

    @staticmethod
    def red() -> Self:
        return Self(Self.MAX, 0, 0)

    def scaled[num: Int, den: Int](self) -> Self:
        return Self(Int(self.r) * num // den, Int(self.g) * num // den, Int(self.b) * num // den)

    def inverted(self) -> Self:
        return Self(Self.MAX - Int(self.r), Self.MAX - Int(self.g), Self.MAX - Int(self.b))

    def write_to(self, mut writer: Some[Writer]):
        writer.write("rgb(", self.r, ", ", self.g, ", ", self.b, ")")


def main():
    var c = Color(200, 100, 50)
    print(c, c.inverted())
    print(c.scaled[1, 2](), c.scaled[3, 4]())
    print(Color.gray(128), Color.red(), Color.MAX)
    print(Color.red() == Color(255, 0, 0), c == c.inverted())
