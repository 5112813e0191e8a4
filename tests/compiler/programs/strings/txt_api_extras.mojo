def main() raises:
    var s = String("héllo\nworld")
    var sl = StringSlice(s)
    print(sl.is_codepoint_boundary(2), sl.is_codepoint_boundary(1))
    print(StringSlice("\n\r").isnewline(), StringSlice("a").isnewline(), StringSlice("").isnewline())

    for gi in s.graphemes():
        print(gi, end=",")
    print()
    var a, b = s.split_at_grapheme(3)
    print(a, "|", b)
    var st: StaticString = "abc"
    print(st.upper())
    print("x" + sl)

    var cs = StringSlice(from_utf8=String("ok").as_bytes())
    print(cs)
    print(String.ASCII_LETTERS, String.DIGITS, String.HEX_DIGITS, String.OCT_DIGITS, String.PUNCTUATION)
    print(repr(String.PRINTABLE), String.ASCII_LOWERCASE, String.ASCII_UPPERCASE)
    print("7" in String.DIGITS, String.HEX_DIGITS.find("f"))
