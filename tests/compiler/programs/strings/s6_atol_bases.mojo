# atol/atof and Int(String)/Float64(String): bases, prefixes, signs, whitespace and error messages.


def try_atol(s: String, base: Int = 10):
    try:
        print("atol(" + repr(s) + ", " + String(base) + ") =", atol(s, base))
    except e:
        print("atol(" + repr(s) + ", " + String(base) + ") error:", e)


def try_atof(s: String):
    try:
        print("atof(" + repr(s) + ") =", atof(s))
    except e:
        print("atof(" + repr(s) + ") error:", e)


def main():
    for s in ["42", "-17", "+8", "  12  ", "007", "1_000_000", "", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "0x1F"]:
        try_atol(s)
    for t in [("ff", 16), ("0xff", 16), ("0xFF", 0), ("0o17", 0), ("0b1011", 0), ("1011", 2), ("777", 8), ("zz", 36), ("Zz", 36), ("12", 3), ("0", 0), ("010", 0), ("19", 8), ("-0x10", 16)]:
        try_atol(t[0], t[1])
    for s in ["3.14", "-0.5", "1e3", "1E-2", "  2.5  ", ".5", "5.", "inf", "-inf", "nan", "1.2.3", "abc", "", "1e", "0x10", "+7"]:
        try_atof(s)
    try:
        print(Int("123") + 1, Float64("2.5") * 2, Int(String("  -9 ")))
        print(Int("twelve"))
    except e:
        print("Int(String) error:", e)
    try:
        print(Float64("1e400"), Float64("-1e-400"))
        print(Float64("one"))
    except e:
        print("Float64(String) error:", e)
