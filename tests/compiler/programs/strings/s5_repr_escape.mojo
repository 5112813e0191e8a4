def main():
    var items: List[String] = ["plain", "tab\there", "new\nline", "quote'single", 'dq"double', "both'\"", "back\\slash", "\x01ctl", "é unicode", "", "\r\x7f"]
    for s in items:
        print(repr(s))
    print(repr(42), repr(-3.5), repr(True), repr(Float32(0.1)), repr(UInt8(7)), repr(Int16(-2)))
    var nested: List[List[Int]] = [[1, 2], [], [3]]
    print(repr(nested))
    print(repr(Codepoint.ord("x")))
    print(repr(None))
    var o = Optional[Int](5)
    print(repr(o.value()))
