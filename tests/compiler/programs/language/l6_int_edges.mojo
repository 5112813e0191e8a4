# Integer and float edge semantics: wraparound, floor division and modulo on negatives,
# division by zero, shifts, fixed-width types and conversions.


def show_divmod(a: Int, b: Int):
    print(a, "//", b, "=", a // b, " ", a, "%", b, "=", a % b, " ", a, "/", b, "=", a / b)


def main():
    var big = Int.MAX
    var small = Int.MIN
    print("max", big, "min", small)
    print("max+1", big + 1, "min-1", small - 1)
    print("max*2", big * 2, "-min", -small)
    for a in [7, -7]:
        for b in [2, -2, 3, -3]:
            show_divmod(a, b)
    var zero = 0
    print("5 // 0 =", 5 // zero, "5 % 0 =", 5 % zero)
    var one = 1
    print("1 << 10", one << 10, "1 << 62", one << 62, "1 << 63", one << 63)
    var neg = -16
    print("-16 >> 2", neg >> 2, "-1 >> 10", -1 >> 10)
    var u: UInt8 = 250
    u += 10
    print("uint8 250+10 =", u)
    var i8: Int8 = 127
    i8 += 1
    print("int8 127+1 =", i8)
    var i16 = Int16(-32768)
    print("int16 min negated", -i16)
    var u32 = UInt32(0)
    u32 -= 1
    print("uint32 0-1 =", u32)
    print("int8 -7 // 2 =", Int8(-7) // 2, "int8 -7 % 2 =", Int8(-7) % 2)
    print("uint8 200 // 3 =", UInt8(200) // 3, "% 3 =", UInt8(200) % 3)
    var f = 7.5
    print("7.5 // 2 =", f // 2, "7.5 % 2 =", f % 2, "-7.5 // 2 =", (-f) // 2, "-7.5 % 2 =", (-f) % 2)
    var fz = 0.0
    print("1/0.0", 1.0 / fz, "-1/0.0", -1.0 / fz)
    var f2 = 3.99
    print("Int(3.99)", Int(f2), "Int(-3.99)", Int(-f2))
    print("Float64(2**53+1)", Float64(9007199254740993))
    print("abs(min)", abs(Int.MIN), "abs(-5)", abs(-5))
    print("pow", 2**10, 3**0, (-2)**3)
    var e: Int = 2
    print("runtime pow", e**62, e**63, e**64)
    print("hex-ish", 0xFF, 0o17, 0b1011, 1_000_000)
