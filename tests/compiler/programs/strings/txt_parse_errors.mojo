def try_int(s: String):
    try:
        print("Int(" + repr(s) + ") =", Int(s))
    except e:
        print("Int(" + repr(s) + ") failed:", e)


def try_float(s: String):
    try:
        print("Float64(" + repr(s) + ") =", Float64(s))
    except e:
        print("Float64(" + repr(s) + ") failed:", e)


def try_atol(s: String, base: Int):
    try:
        print("atol(" + repr(s) + ", " + String(base) + ") =", atol(s, base))
    except e:
        print("atol failed:", e)


def main():
    for s in ["42", "-17", "  8  ", "+5", "12x", "", "3.5", "1_000", "0x1F", "99999999999999999999"]:
        try_int(s)
    for s in ["3.14", "-0.5", "1e10", "inf", "-inf", "nan", "abc", "1.5.2", " 2.5 ", ".5", "5."]:
        try_float(s)
    try_atol("ff", 16)
    try_atol("0xff", 16)
    try_atol("777", 8)
    try_atol("0b101", 0)
    try_atol("z", 36)
    try_atol("g", 16)
    try_atol("12", 1)
