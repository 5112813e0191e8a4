def classify(s: String) -> String:
    var tags = List[String]()
    if s.is_ascii_digit():
        tags.append("digit")
    if s.isspace():
        tags.append("space")
    if s.isupper():
        tags.append("upper")
    if s.islower():
        tags.append("lower")
    if s.is_ascii_printable():
        tags.append("printable")
    if s.is_ascii_whitespace():
        tags.append("asciiws")
    if not s:
        tags.append("empty")
    return ",".join(tags)


def main():
    var samples: List[String] = ["123", "12a", "", "   ", "\t\n", "HELLO", "Hello", "hello", "hello world", "HI 2", "ÉCOLE", "école", "\x07", "a\u00a0b", "\u2003"]
    for s in samples:
        print(repr(s), "->", classify(s))
    var cp_tests = "aZ5 \t\n~é"
    for cp in cp_tests.codepoints():
        print(repr(String(cp)), cp.is_ascii_digit(), cp.is_ascii_upper(), cp.is_ascii_lower(), cp.is_ascii_printable(), cp.is_posix_space(), cp.is_python_space())
