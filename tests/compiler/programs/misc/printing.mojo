@fieldwise_init
struct Temp(Writable, Copyable):
    var deg: Float64

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.deg, "C")


def main():
    var nested = List[List[Int]]()
    nested.append([1, 2])
    nested.append([])
    print(nested)
    var o: Optional[Int] = 5
    var none: Optional[Int] = None
    print(o.value(), Bool(none))
    print(String(Temp(21.5)))
    var strs: List[String] = ["x y", ""]
    print(strs, len(strs))
    print(1, 2.0, "three", True, sep=", ")
    print("no newline", end="")
    print(" ...continued")
    print()
    print(1e21, 1.5e-10, 123.456, Float32(3.14159))
    print(Int8(-128), UInt16(65535), Int64(-1))
    var t = (1, 2.5)
    print(t[0] + 1, t[1] * 2)
