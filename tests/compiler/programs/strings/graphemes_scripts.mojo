def show(s: String):
    print(s.count_graphemes(), end=": ")
    for g in s.graphemes():
        print("[" + String(g) + "]", end="")
    print()


def main():
    show("👨‍👩‍👧‍👦 family")
    show("1️⃣ keycap")
    show("नमस्ते")
    show("한국어 각")
    show("a\u0308\u0301b")
    show("🇺🇸🇬🇧🇯")
    show("\r\n\n\t")
    show("🏴󠁧󠁢󠁳󠁣󠁴󠁿")
    show("")
    show("❤️‍🔥")
    print(String("abc")[grapheme=1])
