def check(s: String):
    try:
        print(repr(s), "->", Float64(s))
    except e:
        print(repr(s), "!!", e)


def main():
    var cases: List[String] = ["1", "1.0", "-1.5", "+2.25", "1e3", "1E-3", "1.5e+2", " 3.5", "3.5 ", "  -0.0  ",
        "inf", "-inf", "INF", "Infinity", "nan", "NaN", "-nan", ".5", "5.", ".", "", " ", "e5", "1e", "1.5.2",
        "1,5", "0x10", "1_000.5", "abc", "12abc", "123456789.123456789", "1e400", "1e-400", "--1", "0.1"]
    for s in cases:
        check(s)
    try:
        print(atof("2.5"), atof("-1e-2"))
        print(atof("zzz"))
    except e:
        print("atof:", e)
