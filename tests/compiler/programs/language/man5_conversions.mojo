# Conversions between types: constructors, Intable/Floatable traits,
# Stringable/Writable/Representable, and explicit numeric casts.

@fieldwise_init
struct Celsius(Floatable, Intable, Writable, ImplicitlyCopyable):
    var degrees: Float64

    def __float__(self) -> Float64:
        return self.degrees

    def __int__(self) -> Int:
        return Int(self.degrees)

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.degrees, "°C")

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write("Celsius(", self.degrees, ")")

    def to_fahrenheit(self) -> Float64:
        return self.degrees * 9 / 5 + 32


def main() raises:
    var t = Celsius(21.75)
    print(t, repr(t), Float64(t), Int(t))
    print(String(t), String(t).byte_length())
    print("fahrenheit:", t.to_fahrenheit())
    print(Int("42") + 1, Float64("2.5") * 2, atof("1e3"))
    print(Int(Float64(3.99)), Int(Float64(-3.99)), Float64(7) / 2)
    print(UInt8(300 % 256), Int8(-128), Int16(40000 - 65536))
    print(Float32(0.1), Float64(Float32(0.1)))
    print(Bool(0), Bool(5), Bool(""), Bool("x"))
    print(String(True), String(12), String(1.5), String(-0.0))
    var nums: List[Int] = [1, 2]
    print(repr("tab\there"), repr(5), repr(nums))
    var items: List[Celsius] = [Celsius(1.0), Celsius(-3.5)]
    print(items[0], items[1])
    var s = String()
    s.write(t, " | ", 7, " | ", True)
    print(s)
    print(ord("A"), chr(97), String(Codepoint(66)))
