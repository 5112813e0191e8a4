def describe(n: Int) -> String:
    var s = String(n) + ":"
    if n < 0:
        s += " negative"
    if n % 2 == 0:
        s += " even"
    else:
        s += " odd"
    return s


def main():
    print(Int.MAX, Int.MIN)
    print(Int8.MAX, Int8.MIN, UInt8.MAX, Int16.MAX, UInt16.MAX, Int32.MIN, UInt32.MAX)
    var a: Int8 = 127
    a += 1
    print("wrapped", a)
    var u: UInt8 = 0
    u -= 1
    print("wrapped u", u)
    print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, -16 >> 2, 1024 >> 3)
    print(describe(7), describe(-4), describe(0))
    var x: Int = 1234567
    var digits = 0
    var t = x
    while t > 0:
        digits += 1
        t //= 10
    print("digits", digits)
    print(Int(UInt8(200)) + 100, UInt8(200) + UInt8(100), Int16(300) * Int16(300))
    print(Float32(1) / 3, Float64(1) / 3, Float16(0.1))
    print(Int64(2) ** 40, UInt64(1) << 63)
    print(Int(True) + Int(True), Bool(Int(0)))
    var big: Int = 9_000_000_000
    print(big, big * 1000)
    var m7: Int = -7
    var s17: Int = 17
    var two: Int = 2
    print(m7.__abs__(), s17.__mod__(5), two.__pow__(8))
    print(Int(Float64(2.0 ** 52) + 0.5), Int(Float64(1e18)))
    print(UInt(7) // UInt(2), UInt(7) % UInt(4))
