def main() raises:
    var a = -7
    var b = 2
    print(a // b, a % b, -a // b, a // -b, a % -b)
    print(divmod(17, 5), divmod(-17, 5))
    print(2 ** 10, 3 ** 0, (-2) ** 3)
    print(1 << 10, 1024 >> 3, -16 >> 2, 5 & 3, 5 | 3, 5 ^ 3, ~5)
    print(abs(-42), min(3, 9, -1), max(3, 9, -1))
    print(Int.MAX, Int.MIN)
    var big = Int.MAX
    big += 1
    print(big == Int.MIN)
    var u: UInt8 = 250
    u += 10
    print(u)
    var i8: Int8 = 127
    i8 += 1
    print(i8)
    var i32 = Int32(100000) * Int32(100000)
    print(i32)
    print(UInt64(18446744073709551615), Int64(-9223372036854775807) - 1)
    print(hex(255), bin(10), oct(64), hex(-255))
    print(Int("42") + Int("-8"), Int(" 17 "))
    print(Int(Float64(3.99)), Int(Float64(-3.99)), Int(True), Int(False))
    print(UInt(7) // UInt(2), UInt(7) % UInt(2))
    print(17 % 5 == 2 and 17 // 5 == 3)
    var n = 0
    for i in range(10, 0, -3):
        n = n * 10 + i
    print(n)
    print(len(range(0, 10, 3)), len(range(5)), len(range(10, 0, -2)))
