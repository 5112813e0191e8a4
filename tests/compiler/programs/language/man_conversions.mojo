@fieldwise_init
struct Celsius(Intable, Boolable, Writable, ImplicitlyCopyable):
    var degrees: Float64

    def __int__(self) -> Int:
        return Int(self.degrees)

    def __bool__(self) -> Bool:
        return self.degrees > 0

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.degrees, "C")


@fieldwise_init
struct Fahrenheit(Writable):
    var degrees: Float64

    @implicit
    def __init__(out self, c: Celsius):
        self.degrees = c.degrees * 9 / 5 + 32

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.degrees, "F")


def show(f: Fahrenheit):
    print("as fahrenheit:", f)


def main() raises:
    var c = Celsius(21.5)
    print(c, Int(c), Bool(c), String(c))
    if not Celsius(-3):
        print("freezing")
    show(c)
    show(Fahrenheit(50))
    print(Int("42") + 1, Float64("2.5") * 2, String(3.0), Int(Float64(7.9)), Float64(3))
    print(UInt8(300 % 256), Int8(-128), Int(True), Bool(0), Bool(0.5))
