# Compile-time parameters: defaults, keyword parameters, infer-only parameters, comptime values.


def repeat_str[count: Int = 3](s: String) -> String:
    var out = String()
    comptime for i in range(count):
        out += s
    return out


def scaled[factor: Int, *, offset: Int = 0](x: Int) -> Int:
    return x * factor + offset


def describe[dtype: DType, //](v: Scalar[dtype]) -> String:
    return String(dtype) + ":" + String(v)


struct Buffer[size: Int = 4, fill: Int = 0]:
    var data: List[Int]

    def __init__(out self):
        self.data = List[Int]()
        for _ in range(Self.size):
            self.data.append(Self.fill)

    def total(self) -> Int:
        var t = 0
        for x in self.data:
            t += x
        return t


def main():
    print(repeat_str("ab"))
    print(repeat_str[5]("x"))
    print(scaled[3](4), scaled[3, offset=10](4), scaled[factor=2](7))
    print(describe(Float32(1.5)))
    print(describe(Int8(3)))
    var b1 = Buffer()
    var b2 = Buffer[8, 2]()
    var b3 = Buffer[fill=7]()
    print(len(b1.data), b1.total(), len(b2.data), b2.total(), b3.total())
    comptime limit = 10
    comptime if limit > 5:
        print("big limit")
    else:
        print("small limit")
