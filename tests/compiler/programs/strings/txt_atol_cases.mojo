def check(s: String, base: Int):
    try:
        print(repr(s), base, "->", atol(s, base))
    except e:
        print(repr(s), base, "!!", e)


def main():
    var cases10: List[String] = ["0", "007", "-0", "+12", "  42", "42  ", " -42 ", "4 2", "1_000", "_1", "1_", "1__0",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "99999999999999999999", "-", "+", " ", "--1", "٣"]
    for s in cases10:
        check(s, 10)
    var cases16: List[String] = ["ff", "FF", "0xff", "0XfF", "-0x10", "0x", "0x_f", "0x_", "1g", "deadBEEF"]
    for s in cases16:
        check(s, 16)
    var cases0: List[String] = ["0x1f", "0o17", "0b101", "017", "0", "00", "0_0", "123", "-0b11", "0B11", "0O7"]
    for s in cases0:
        check(s, 0)
    check("101", 2)
    check("102", 2)
    check("0b101", 2)
    check("0o17", 8)
    check("zz", 36)
    check("ZZ", 36)
    check("10", 37)
    check("10", 1)
    check("10", -1)
    check("", 10)
    check("", 16)
