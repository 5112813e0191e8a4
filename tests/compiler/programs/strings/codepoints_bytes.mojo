def main() raises:
    var s = String("héllo wörld")
    for c in s.codepoints():
        print(c, end=" ")
    print()
    for c in s.codepoint_slices():
        print(c, end="|")
    print()
    for c in s.codepoint_slices_reversed():
        print(c, end="|")
    print()
    print(s.count_codepoints(), s.byte_length())
    var b = s.as_bytes()
    print(len(b), b[1], b[0])
    var cp = Codepoint.ord("é")
    print(cp.to_u32(), cp.utf8_byte_length(), cp.is_ascii(), Codepoint.ord("a").is_ascii_lower())
    print(String(Codepoint(65)))
    print(chr(97), ord("a"), chr(233), ord("é"))
    var x = String("line1\nline2\n\nline4")
    var lines = x.splitlines()
    print(len(lines))
    for l in lines:
        print("[", l, "]", sep="")
    print(String("a,b;c").split(";")[0])
    print(String("   pad").lstrip(), String("pad  ").rstrip() + "|")
    var w = String()
    w.write("a", 1, 2.5, True)
    print(w)
    w += "z"
    print(w)
    print(String("abc") < String("abd"), String("b") > String("a"), String("a") <= String("a"))
    print(String("Mojo").removeprefix("Mo"), String("Mojo").removesuffix("jo"))
    print(repr(String("it's\n")))
    print(String("hello")[byte=1], String("hello")[codepoint=4])
    print(s[codepoint=1:4])
    var u = String("ÀB")
    print(u.lower(), u.upper())
    var sl = StringSlice("static slice")
    print(sl.upper(), sl.find("s"))
    var ss: StaticString = "abc"
    print(ss)
    print(String("abc").is_ascii_printable(), String("a\x01").is_ascii_printable())
    for cp2 in String("ab").codepoints():
        print(Int(cp2.to_u32()), cp2 == Codepoint.ord("a"))
