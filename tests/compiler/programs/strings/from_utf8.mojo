def main() raises:
    var good: List[UInt8] = [104, 195, 169, 33]
    var bad: List[UInt8] = [104, 255, 105, 195]
    print(String(unsafe_from_utf8=good), String(from_utf8=good), String(from_utf8_lossy=bad))
    try:
        print(String(from_utf8=bad))
    except e:
        print("err:", e)
    var s = String(capacity_bytes=100)
    s += "x"
    print(s, s.byte_length())
    var b = String("héllo").as_bytes()
    print(b, len(b), b[1])
    print(String(unsafe_from_utf8=String("abc").as_bytes()))
    print(Codepoint.ord("€").to_u32(), Codepoint.ord("a"))
    var o = Optional[List[Int]]([1, 2])
    var v = o.take()
    print(v, o is None, Bool(o))
    for i, x in enumerate(good, start=10):
        print(i, x)
    print(good.__contains__(104), 33 in good)
