struct Buffer[size: Int, dtype: DType = DType.float64](Writable):
    var data: SIMD[Self.dtype, Self.size]

    def __init__(out self, fill: Scalar[Self.dtype]):
        self.data = SIMD[Self.dtype, Self.size](fill)

    def total(self) -> Scalar[Self.dtype]:
        return self.data.reduce_add()

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Buffer[", Self.size, "](", self.data, ")")


def repeat[count: Int](msg: String) -> String:
    var out = String()
    comptime for i in range(count):
        out += msg
        if i < count - 1:
            out += "-"
    return out


def pick[flag: Bool]() -> String:
    comptime if flag:
        return "flag on"
    else:
        return "flag off"


comptime SQUARES = [1, 4, 9, 16]
comptime WIDTH = 4 * 2


def factorial[n: Int]() -> Int:
    comptime if n <= 1:
        return 1
    else:
        return n * factorial[n - 1]()


def main():
    var b = Buffer[4](1.5)
    print(b, b.total())
    var c = Buffer[2, DType.int32](7)
    print(c.total())
    print(repeat[3]("ab"))
    print(pick[True](), pick[False]())
    print(WIDTH, factorial[5]())
    comptime n = factorial[4]()
    print(n)
