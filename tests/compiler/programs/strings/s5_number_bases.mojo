def to_base(n: Int, base: Int) -> String:
    if n == 0:
        return "0"
    var digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    var neg = n < 0
    var v = -n if neg else n
    var out = String()
    while v > 0:
        out = String(digits[byte = v % base]) + out
        v //= base
    return ("-" + out) if neg else out


def main() raises:
    for n in [0, 1, 7, 10, 255, 256, 4095, -42, 1000000]:
        print(n, hex(n), oct(n), bin(n), to_base(n, 36), to_base(n, 3))
    print(hex(255, prefix="#"), bin(5, prefix=""), oct(8, prefix="0o"))
    print(atol("ff", 16), atol("777", 8), atol("1010", 2), atol("zz", 36))
    print(atol("0x1F", 0), atol("0o17", 0), atol("0b101", 0), Int("  42  "))
    print(atol("-123"), atol("1_000"), atol("7f", 16))
    print(Int("+15"), Int("-0"))
    var x: UInt8 = 200
    var y: Int16 = -300
    print(hex(x), bin(x), hex(y), UInt64(18446744073709551615))
    print(hex(Int64(-1)), bin(Int8(-5)))
