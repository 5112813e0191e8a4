def normalize(s: String) -> String:
    var out = String()
    for cp in s.codepoints():
        if cp.is_ascii_lower() or cp.is_ascii_digit():
            out += String(cp)
        elif cp.is_ascii_upper():
            out += String(cp).lower()
    return out


def reverse(s: String) -> String:
    var out = String()
    for cp in s.codepoints():
        out = String(cp) + out
    return out


def is_pal(s: String) -> Bool:
    var n = normalize(s)
    return n == reverse(n)


def main():
    var tests: List[String] = [
        "A man, a plan, a canal: Panama",
        "racecar",
        "hello",
        "Was it a car or a cat I saw?",
        "No 'x' in Nixon",
        "12321",
        "12 3 4",
        "",
    ]
    for t in tests:
        print(repr(t), "->", is_pal(t), "(" + normalize(t) + ")")
    var longest = String()
    var text = String("forgeeksskeegfor")
    var b = text.as_bytes()
    var n = len(b)
    for i in range(n):
        for j in range(i + 1, n + 1):
            var sub = String(text[byte=i:j])
            if sub == reverse(sub) and sub.byte_length() > longest.byte_length():
                longest = sub
    print("longest palindrome:", longest)
