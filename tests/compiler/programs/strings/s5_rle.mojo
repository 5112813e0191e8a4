def encode(s: String) -> String:
    var out = String()
    var prev = String()
    var n = 0
    for cp in s.codepoints():
        var c = String(cp)
        if c == prev:
            n += 1
        else:
            if n > 0:
                out.write(n, prev)
            prev = c
            n = 1
    if n > 0:
        out.write(n, prev)
    return out


def decode(s: String) raises -> String:
    var out = String()
    var num = String()
    for cp in s.codepoints():
        if cp.is_ascii_digit():
            num += String(cp)
        else:
            out += String(cp) * Int(num)
            num = String()
    return out


def main() raises:
    var tests: List[String] = ["aaabccddddd", "abc", "", "zzzzzzzzzzzz", "ééé€€x"]
    for t in tests:
        var e = encode(t)
        var d = decode(e)
        print(repr(t), "->", repr(e), "->", d == t)
