def table(rows: Int, cols: Int) -> String:
    var out = String()
    for r in range(1, rows + 1):
        for c in range(1, cols + 1):
            out.write(String(r * c).ascii_rjust(4))
        out.write("\n")
    return out


def main():
    print(table(4, 5), end="")
    var s = String()
    for i in range(10):
        if i > 0:
            s += ","
        s += String(i * i)
    print(s)
    var buf = String(capacity_bytes=64)
    buf.write("x=", 1, " y=", 2.5, " ok=", True)
    print(buf)
    var acc = String("")
    for word in ["alpha", "beta", "gamma"]:
        acc += word[byte=0:1].upper()
    print(acc)
    var sep = String("")
    var line = String()
    for n in [3, 1, 4, 1, 5, 9]:
        line += sep + String(n)
        sep = "-"
    print(line)
    print(String("ab") * 0 == "", String("ab") * 3)
    var bar = String()
    for i in range(5):
        bar.write("*" * (i + 1), " ")
    print(bar)
    print(String(1, 2, 3, sep=", "))
    print(String("a", "b", end="!"))
