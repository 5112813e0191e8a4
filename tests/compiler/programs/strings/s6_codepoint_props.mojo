# Codepoint: construction, classification, conversion and chr/ord round trips.


def classify(c: Codepoint) -> String:
    var tags = List[String]()
    if c.is_ascii():
        tags.append("ascii")
    if c.is_ascii_digit():
        tags.append("digit")
    if c.is_ascii_upper():
        tags.append("upper")
    if c.is_ascii_lower():
        tags.append("lower")
    if c.is_ascii_printable():
        tags.append("printable")
    if c.is_posix_space():
        tags.append("posix-space")
    if c.is_python_space():
        tags.append("py-space")
    return ",".join(tags)


def main():
    var s = String("aZ9 \t\n~é€😀\x7f")
    for c in s.codepoints():
        print(repr(String(c)), Int(c), c.to_u32(), "bytes=" + String(c.utf8_byte_length()), classify(c))
    for v in [65, 0x20AC, 0x1F600, 0xD800, 0x110000, 0]:
        var maybe = Codepoint.from_u32(UInt32(v))
        if maybe:
            print(v, "->", repr(String(maybe.value())))
        else:
            print(v, "-> invalid")
    for ch in ["A", "ß", "中", "🎉"]:
        var n = ord(ch)
        print(ch, n, chr(n), chr(n) == ch, Codepoint.ord(ch).to_u32())
    var a = Codepoint(UInt8(97))
    var b = Codepoint.ord("b")
    print(a, b, a < b, a == Codepoint.ord("a"), a != b, b >= a)
    print(String(a) + String(b), Codepoint(UInt8(48)).is_ascii_digit())
