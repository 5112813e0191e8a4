def main():
    var s = "naïve café — 日本語 😀"
    print(len(s.codepoints()), s.byte_length(), s.count_codepoints())
    for cp in "héllo".codepoints():
        print(cp, Int(cp.to_u32()), cp.utf8_byte_length(), end=" | ")
    print()
    for sl in "añb".codepoint_slices():
        print(repr(String(sl)), end=" ")
    print()
    print(s.upper())
    print(String("ÀÉÎ").lower())
    print(s.find("café"), s.find("日本"))
    var words = s.split(" ")
    for w in words:
        print(String(w), w.byte_length(), w.count_codepoints())
    var rev = String()
    for cp in String("abc日本").codepoints():
        rev = String(cp) + rev
    print(rev)
    print(s[codepoint=6], s[codepoint=0])
    var c = Codepoint.ord("é")
    print(c, c.is_ascii(), c.to_u32())
    print(Codepoint(UInt8(65)).is_ascii_upper(), Codepoint(UInt8(97)).is_ascii_lower())
    print(String("日本語").startswith("日"), "語" in String("日本語"))
