def classify(s: String) -> String:
    var tags = List[String]()
    if s.isupper():
        tags.append("upper")
    if s.islower():
        tags.append("lower")
    if s.is_ascii_whitespace():
        tags.append("space")
    if s.is_ascii_digit():
        tags.append("digit")
    if s.is_ascii_printable():
        tags.append("printable")
    return ",".join(tags)


def main():
    var samples: List[String] = ["HELLO", "hello", "Hello", "123", "   ", "\t\n", "", "ABC123", "abc def", "ÉCOLE", "\x07", "42a"]
    for s in samples:
        print(repr(s).ascii_ljust(10), "->", classify(s))
    var mixed = String("MiXeD CaSe 123")
    print(mixed.upper(), mixed.lower())
    var swapped = String()
    for cp in mixed.codepoints():
        if cp.is_ascii_upper():
            swapped += String(cp).lower()
        elif cp.is_ascii_lower():
            swapped += String(cp).upper()
        else:
            swapped += String(cp)
    print(swapped)
    var title = String()
    var start = True
    for cp in String("the old man and the sea").codepoints():
        var c = String(cp)
        title += c.upper() if start else c
        start = cp.is_python_space()
    print(title)
