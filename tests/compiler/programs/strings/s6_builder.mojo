# Building strings incrementally: +=, write, write_string, append(Codepoint), reserve, repetition.


def build_row(cells: List[Int]) -> String:
    var s = String(capacity_bytes=64)
    s.write("|")
    for c in cells:
        s.write(" ", String(c).ascii_rjust(4), " |")
    return s^


def main():
    var table = String()
    for r in range(1, 6):
        var cells = List[Int]()
        for c in range(1, 6):
            cells.append(r * c)
        table += build_row(cells)
        table += "\n"
    print(table, end="")
    var alpha = String()
    for i in range(26):
        alpha.append(Codepoint(UInt8(ord("a") + i)))
    print(alpha, alpha.byte_length())
    var greek = String()
    for cp in range(0x3B1, 0x3B1 + 10):
        var c = Codepoint.from_u32(UInt32(cp))
        if c:
            greek.append(c.value())
    print(greek, greek.byte_length(), greek.count_codepoints())
    var w = String()
    w.reserve(100)
    w.write_string("written ")
    w.write(1, 2.5, True, " ", "end")
    print(w)
    var bar = String()
    for pct in [0, 25, 50, 75, 100]:
        bar = "#" * (pct // 10) + "." * (10 - pct // 10)
        print(String(pct).ascii_rjust(3) + "% [" + bar + "]")
    var s = String("abc")
    s += "def"
    s = s + s
    print(s, s * 0 == "", String("-") * 3)
    var joined = String()
    for i in range(5):
        if i > 0:
            joined += ", "
        joined += String(i * i)
    print(joined)
