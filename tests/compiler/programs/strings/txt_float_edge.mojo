def check(s: String):
    try:
        print(repr(s), "->", Float64(s))
    except e:
        print(repr(s), "!!", e)

def main():
    var cases: List[String] = [" 1,5 ", "..", ".e1", "1e5.5", "1e+", "-", "+", "1e5e5", "-.5", "+.5e-3", "1.e2", "5e05", "  +inf  ", "infinity", "-Infinity", "nanx", "1 2", "\t7\n", "- 1", "1e+5", "00012.5", "1e", "1.2.", "e", "0.000001", "12345678901234567890", "1E+308", "4.9e-324", "2.2250738585072014e-308", "1d5", "٣"]
    for s in cases:
        check(s)
    try:
        print(Float32(Float64("0.1")), atof("  4.25 "))
        print(atof("x"))
    except e:
        print(e)
    try:
        print(Int(" 12 "), Int("-0"), atol("  99"))
    except e:
        print(e)
