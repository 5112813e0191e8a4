@fieldwise_init
struct Point(Writable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")


def main():
    print(String(42), String(-0), String(3.0), String(0.1), String(1e20), String(1e-7))
    print(String(True), String(False), String(Int8(-5)), String(UInt8(250)), String(UInt64(18446744073709551615)))
    print(String(Float32(0.1)), String(Float64(2) / 3), String(1.0 / 0.0), String(-1.0 / 0.0))
    print(String(Point(1, 2)))
    var p = Point(3, -4)
    var s = String(p)
    print(s.byte_length(), s)
    print(String(SIMD[DType.int32, 4](1, 2, 3, 4)))
    print(String([1, 2, 3]))
    var o: Optional[Int] = 5
    print(o.value())
    print(String(Codepoint(0x41)))
    print(String("abc"), String(StringSlice("lit")))
    var t = (1, "two", 3.0)
    print(t[0], t[1], t[2])
    var f = 3.99
    print(Int(f), Int(-f), Float64(7), Int(True))
    print(String(123456789012), String(-9223372036854775807 - 1))
    print(String(1.5e300 * 1e10), String(5e-324), String(123456.789))
