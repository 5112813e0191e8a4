# String.format with automatic, positional and conversion fields; errors it raises.


@fieldwise_init
struct Point(Copyable, Movable, Writable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")


def main() raises:
    print("{} + {} = {}".format(2, 3, 5))
    print("{0} {1} {0}".format("tick", "tock"))
    print("{1}, {0}!".format("World", "Hello"))
    print("name={!r} value={!s}".format("bob", 12))
    print("{{literal braces}} and {}".format("a value"))
    print("point {} at index {}".format(Point(3, -4), 7))
    print("floats: {} {} {}".format(1.5, Float32(0.1), -2.0e-3))
    print("bools: {} {}".format(True, False))
    print("mixed {} {!r} {}".format("s", "r", 3))
    var fmt = String("{}-{}-{}")
    print(fmt.format("2024", "01", "31"))
    var bad: List[String] = ["{} {}", "{0} {}", "{", "}", "{2}", "{!x}"]
    for f in bad:
        try:
            print(repr(f), "->", f.format("only"))
        except e:
            print(repr(f), "error:", e)
