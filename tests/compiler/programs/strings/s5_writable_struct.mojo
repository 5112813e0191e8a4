@fieldwise_init
struct Point(Writable, Copyable):
    var x: Float64
    var y: Float64

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")


@fieldwise_init
struct Money(Writable):
    var cents: Int

    def write_to(self, mut writer: Some[Writer]):
        var sign = "-" if self.cents < 0 else ""
        var c = -self.cents if self.cents < 0 else self.cents
        var frac = String(c % 100)
        if c % 100 < 10:
            frac = "0" + frac
        writer.write(sign, "$", c // 100, ".", frac)


def main():
    var p = Point(1.5, -2.0)
    print(p)
    print("point:", p, "twice:", p, sep=" ")
    var s = String(p)
    print(s.byte_length(), s)
    var pts: List[Point] = [Point(0, 0), Point(1, 2.25)]
    for q in pts:
        print(q, end=" ")
    print()
    for c in [0, 5, 99, 100, 12345, -250]:
        print(Money(c))
    var line = String()
    line.write(Money(199), " + ", Money(1), " = ", Money(200))
    print(line)
    print(String("total: ", Money(4200), sep=""))
