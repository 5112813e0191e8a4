def main():
    print(String(42), String(-7), String(3.5), String(True), String(1e100))
    print(String(Float32(0.1)), String(UInt8(255)), String(Int64(-9)))
    print(repr("hi"), repr(5), repr(2.5), repr(True))
    print(repr(String("a'b")), repr(String("tab\there")), repr(String("nl\n")))
    try:
        print(atol("123"), atol("-45"), atof("2.5"), atof("1e3"))
        print(Int("77") + 1, Float64("0.25") * 2)
    except e:
        print("error", e)
    try:
        _ = atol("abc")
    except e:
        print(e)
    try:
        _ = Int("1.5")
    except e:
        print(e)
    var x: Int = 10
    var s = String(x) + "!" 
    s += "?"
    print(s, s * 2)
    print(String("a") < String("b"), String("abc") == "abc", String("x") != "y")
