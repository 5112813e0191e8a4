# repr() of strings with quotes, escapes, control characters and non-ASCII text.


def main():
    var samples: List[String] = [
        "plain",
        "it's",
        'say "hi"',
        "both ' and \"",
        "tab\there",
        "new\nline",
        "cr\rlf\n",
        "back\\slash",
        "bell\x07 nul\x00 esc\x1b",
        "del\x7f",
        "café",
        "日本",
        "😀",
        "",
        " ",
    ]
    for s in samples:
        print(repr(s), s.byte_length())
    var lst: List[String] = ["a", "b'c", ""]
    print(repr(lst))
    print(repr(String("x")), repr("literal"), repr(Codepoint.ord("q")))
    print(repr(3), repr(2.5), repr(True), repr(UInt8(7)), repr(Float32(0.1)))
