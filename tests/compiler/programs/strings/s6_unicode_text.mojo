# Unicode-aware text handling: byte vs codepoint vs grapheme counts, indexing and case mapping.


def describe(s: String):
    print(repr(s))
    print("  bytes:", s.byte_length(), "codepoints:", s.count_codepoints(), "graphemes:", s.count_graphemes())
    var cps = String()
    for cp in s.codepoints():
        cps += "U+" + hex(Int(cp.to_u32()), prefix="").upper().ascii_rjust(4, "0") + " "
    print("  ", cps)
    var widths = String()
    for cp in s.codepoints():
        widths += String(cp.utf8_byte_length())
    print("  utf8 widths:", widths)


def main():
    var samples: List[String] = ["hello", "naïve", "Straße", "日本語テキスト", "αβγ δ", "e\u0301te\u0301", "a😀b", "🇫🇷🇩🇪"]
    for s in samples:
        describe(s)
    var word = String("Ünïcödé")
    print(word.upper(), word.lower())
    print("first codepoint:", word[codepoint=0], "last:", word[codepoint=word.count_codepoints() - 1])
    print("middle:", word[codepoint=2:5])
    print("byte slice:", word[byte=0:2], word[byte=0:2].byte_length())
    var flags = String("🇫🇷🇩🇪")
    var gs = String()
    for g in flags.graphemes():
        gs += "[" + String(g) + "]"
    print(gs)
    var mixed = String("añb")
    for i in range(mixed.byte_length()):
        print(i, Int(mixed.as_bytes()[i]), end="; ")
    print()
    print("contains ñ:", "ñ" in mixed, "find ñ:", mixed.find("ñ"), "find b:", mixed.find("b"))
    print("replace:", mixed.replace("ñ", "n"), mixed.replace("ñ", "ñ\u0303"))
