comptime GREETING = "Hello"
comptime WIDTH = 12


def banner(msg: StaticString) -> String:
    return "*" * WIDTH + "\n" + msg + "\n" + "*" * WIDTH


def main() raises:
    print(GREETING, GREETING.byte_length(), GREETING.upper(), GREETING.lower())
    print(GREETING + ", world", GREETING.find("l"), GREETING.rfind("l"), GREETING.count("l"))
    print(GREETING.startswith("He"), GREETING.endswith("lo"), "ell" in GREETING)
    print(banner("static"))
    var lit = "  spaced  "
    print("[" + lit.strip() + "]", "[" + lit.lstrip() + "]", "[" + lit.rstrip() + "]")
    print("a,b,c".split(","), "x y".split())
    print("abc" * 2, "-".join(["1", "2"]))
    print("{} is {}".format("seven", 7))
    print("café".byte_length(), "café".count_codepoints())
    var s: StaticString = "static slice"
    print(s, s.byte_length(), s.upper(), s[byte=0:6])
    print(String(s) + "!", s.split(" ")[1])
    print(Int("12") + Int("30"), Float64("0.5") + 1)
    print("tab\tsep", "quote\"d", 'single\'s', "back\\slash")
    print("""multi
line""")
    comptime joined = "ab" + "cd"
    print(joined, joined.byte_length())
    print("x".join(["1", "2", "3"]).replace("x", ""))
    print(String("hello world").replace("o", "0").upper())
    print("AbC".lower() == "abc", "" == String(), "a" != "b")
