def main() raises:
    print(min(3, 7), max(3, 7), min(2.5, -1.0), max(String("pear"), String("apple")))
    print(min(4, 9, 1, 6), max(4, 9, 1, 6))
    print(abs(-17), abs(3.25), abs(Int8(-5)))
    print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
    var q = divmod(17, 5)
    print(q[0], q[1])
    var r = divmod(-17, 5)
    print(r[0], r[1])
    print(pow(2, 10), pow(2.0, 0.5), 3 ** 4, 2.0 ** -2)
    print(bin(10), hex(255), oct(8), bin(-5), hex(-255))
    print(ord("A"), chr(97), chr(0x1F600), ord("é"))
    var three: List[Int] = [1, 2, 3]
    print(String("hello").byte_length(), len(three), len(range(0, 10, 3)))
    for i in range(10, 0, -3):
        print(i, end=" ")
    print()
    var flags: List[Bool] = [True, False, True]
    print(any(flags), all(flags))
    var empty = List[Bool]()
    print(any(empty), all(empty))
    print(Int("42") + 1, Float64("2.5") * 2, Int(" -7 "), Bool(0), Bool(3), Bool(""), Bool("x"))
    print(String(12345)[byte=1:3], String(3.0), String(True), String(-0.0))
    print(Int(Float64(3.99)), Int(Float64(-3.99)), Float64(7) / 2, 7 // 2, -7 // 2, 7 % -3, -7 % 3)
    print(isinstance_free(5))


def isinstance_free(x: Int) -> String:
    if x % 2 == 0:
        return "even"
    return "odd"
