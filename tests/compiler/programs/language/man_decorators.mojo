@always_inline
def square(x: Int) -> Int:
    return x * x


@fieldwise_init
struct Meters(ImplicitlyCopyable, Writable):
    var value: Float64

    @implicit
    def __init__(out self, value: Int):
        self.value = Float64(value)

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.value, "m")


def walk(distance: Meters) -> String:
    return "walked " + String(distance)


struct MathUtil:
    @staticmethod
    def clamp(x: Int, lo: Int, hi: Int) -> Int:
        return max(lo, min(x, hi))

    @staticmethod
    @always_inline
    def double(x: Int) -> Int:
        return 2 * x


struct Flags(TrivialRegisterPassable):
    var bits: UInt8

    def __init__(out self, bits: UInt8):
        self.bits = bits

    def has(self, bit: Int) -> Bool:
        return (self.bits >> UInt8(bit)) & 1 == 1


def main():
    print(square(12))
    print(walk(5), walk(Meters(2.5)))
    print(MathUtil.clamp(15, 0, 10), MathUtil.double(21))
    var f = Flags(5)
    var g = f
    print(f.has(0), f.has(1), g.has(2))
