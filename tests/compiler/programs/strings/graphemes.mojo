def main():
    var s = String("e\u0301a👍🏽b🇫🇷\r\nx")
    print(s.count_graphemes(), s.count_codepoints(), s.byte_length())
    for g in s.graphemes():
        print("[" + String(g) + "]", end="")
    print()
    print(s[grapheme=0], s[grapheme=2])
    var h = String("héllo")
    print(h.count_graphemes())
    for g in h.graphemes_reversed():
        print(g, end="|")
    print()
