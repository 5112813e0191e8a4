def main():
    var s = String("   padded text \t\n")
    print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
    var t = String("xxhixyx")
    print(t.strip("x"), t.lstrip("x"), t.rstrip("xy"), t.strip("xyh"))
    var url = String("https://example.com/path/")
    print(url.removeprefix("https://"), url.removesuffix("/"), url.removeprefix("ftp://"))
    print(String("..dots..").strip("."), String("***").strip("*").byte_length())
    var lines: List[String] = ["  a  ", "\tb", "c\n", "   "]
    for l in lines:
        print(repr(String(l.strip())), end=" ")
    print()
    var num = String("000123000")
    print(num.lstrip("0"), num.rstrip("0"), num.strip("0"))
    print(String("  mixed \u00a0 ").strip().byte_length())
