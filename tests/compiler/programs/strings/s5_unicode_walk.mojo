def describe(s: String):
    print(repr(s), "bytes:", s.byte_length(), "codepoints:", s.count_codepoints())
    var widths = List[Int]()
    for cp in s.codepoints():
        widths.append(cp.utf8_byte_length())
    print("  widths:", widths)


def main():
    var samples: List[String] = ["hello", "café", "naïve résumé", "日本語", "Ωμέγα", "a€b😀c"]
    for s in samples:
        describe(s)
    var word = String("Grüße")
    for cp in word.codepoints():
        print(cp, cp.to_u32(), cp.is_ascii(), end="; ")
    print()
    print(word[codepoint=2], word[codepoint=1:4], word[byte=0:2])
    print(word.upper(), word.lower())
    var emoji = String("😀😃😄")
    var n = 0
    for s in emoji.codepoint_slices():
        n += 1
        print(n, s, s.byte_length())
    var rev = String()
    for cp in String("añb").codepoints():
        rev = String(cp) + rev
    print(rev)
    print(chr(233), chr(0x1F600), ord("é"), ord("€"))
    print(Codepoint.ord("Z").to_u32(), Codepoint(UInt8(65)))
    var opt = Codepoint.from_u32(0x41)
    if opt:
        print("from_u32:", opt.value())
    print(Codepoint.from_u32(0xD800).__bool__())
