@fieldwise_init
struct Rectangle(Copyable, Writable):
    var width: Float64
    var height: Float64

    comptime unit = "cm"

    def area(self) -> Float64:
        return self.width * self.height

    def scale(mut self, factor: Float64):
        self.width *= factor
        self.height *= factor

    @staticmethod
    def square(side: Float64) -> Rectangle:
        return Rectangle(side, side)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Rectangle(", self.width, Self.unit, " x ", self.height, Self.unit, ")")


struct Counter:
    var count: Int

    def __init__(out self):
        self.count = 0

    def __init__(out self, start: Int):
        self.count = start

    def bump(mut self) -> Int:
        self.count += 1
        return self.count


def main():
    var r = Rectangle(2.0, 3.5)
    print(r, r.area())
    r.scale(2)
    print(r.width, r.height)
    var sq = Rectangle.square(4)
    print(sq, sq.area(), Rectangle.unit)
    var c = Counter()
    _ = c.bump()
    print(c.bump())
    var d = Counter(10)
    print(d.bump())
