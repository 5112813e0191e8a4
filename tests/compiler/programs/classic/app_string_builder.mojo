# String building workloads: appending in loops, join vs +=, write() into a
# String, formatting a report table, and checking the results' sizes/hashes.


def checksum(s: String) -> Int:
    var h = 0
    for b in s.as_bytes():
        h = (h * 31 + Int(b)) % 1000000007
    return h


def build_plus(n: Int) -> String:
    var s = String()
    for i in range(n):
        s += String(i)
        s += ","
    return s


def build_join(n: Int) -> String:
    var parts = List[String](capacity=n)
    for i in range(n):
        parts.append(String(i))
    return ",".join(parts) + ","


def build_write(n: Int) -> String:
    var s = String()
    for i in range(n):
        s.write(i, ",")
    return s


@fieldwise_init
struct Row(Copyable):
    var name: String
    var qty: Int
    var price: Float64


def table(rows: List[Row]) -> String:
    var out = String()
    var width = 4
    for r in rows:
        width = max(width, r.name.byte_length())
    var rule = "+" + "-" * (width + 2) + "+-----+----------+\n"
    out += rule
    out += "| " + String("item").ascii_ljust(width) + " | qty |    total |\n"
    out += rule
    var grand = 0.0
    for r in rows:
        var total = Float64(r.qty) * r.price
        grand += total
        var cents = Int(total * 100.0 + 0.5)
        var money = String(cents // 100) + "." + String(cents % 100).ascii_rjust(2, "0")
        out += "| " + r.name.ascii_ljust(width) + " | " + String(r.qty).ascii_rjust(3) + " | " + money.ascii_rjust(8) + " |\n"
    out += rule
    var gc = Int(grand * 100.0 + 0.5)
    out += "| " + String("sum").ascii_ljust(width) + " |     | " + (String(gc // 100) + "." + String(gc % 100).ascii_rjust(2, "0")).ascii_rjust(8) + " |\n"
    out += rule
    return out


def main():
    var n = 20000
    var a = build_plus(n)
    var b = build_join(n)
    var c = build_write(n)
    print("lengths:", a.byte_length(), b.byte_length(), c.byte_length())
    print("equal:", a == b, b == c)
    print("checksum:", checksum(a))
    print("tail:", a[byte=a.byte_length() - 12 :])

    var rows: List[Row] = [
        Row("espresso", 3, 2.5),
        Row("croissant", 2, 3.25),
        Row("orange juice", 1, 4.1),
        Row("water", 5, 0.99),
    ]
    print(table(rows), end="")

    var pyramid = String()
    for i in range(1, 6):
        pyramid += " " * (5 - i) + "*" * (2 * i - 1) + "\n"
    print(pyramid, end="")

    var csv = String()
    for i in range(5):
        var fields = List[String]()
        for j in range(4):
            fields.append(String(i * j))
        csv += ";".join(fields) + "\n"
    var lines = csv.splitlines()
    print(len(lines), "lines, last:", lines[len(lines) - 1])
    var words = "the quick brown fox jumps over the lazy dog".split(" ")
    var caps = String()
    for w in words:
        caps += String(w[byte=0]).upper() + String(w[byte=1:]) if w.byte_length() > 3 else String(w).upper()
        caps += " "
    print(caps.strip())
    var rev = String()
    for w in reversed(words):
        rev.write(w, " ")
    print(rev.rstrip())
