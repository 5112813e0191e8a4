@fieldwise_init
struct Inventory(Copyable):
    var names: List[String]
    var counts: Dict[String, Int]

    def add(mut self, name: String, n: Int) raises:
        if name in self.counts:
            self.counts[name] += n
        else:
            self.names.append(name)
            self.counts[name] = n

    def report(self) raises -> String:
        var out = String()
        for name in self.names:
            out += name + "=" + String(self.counts[name]) + ";"
        return out


def longest(words: List[String]) -> String:
    var best = String("")
    for w in words:
        if w.byte_length() > best.byte_length():
            best = w
    return best


def describe(x: Optional[String]) -> String:
    if x:
        return "some(" + x.value() + ")"
    return "none"


def main() raises:
    var inv = Inventory(List[String](), Dict[String, Int]())
    for i in range(5):
        inv.add("item" + String(i % 3), i)
    print(inv.report())
    var copy = inv.copy()
    copy.add("extra", 1)
    print(inv.report())
    print(copy.report())
    var words: List[String] = ["alpha", "be", "gamma-ray", "delta"]
    print(longest(words))
    var a = String("left")
    var b = String("right")
    a, b = b, a
    print(a, b)
    print(describe(String("x")), describe(None))
    var parts = List[String]()
    var text = "one,two,,three"
    for p in text.split(","):
        if p.byte_length() > 0:
            parts.append(String(p))
    print(len(parts), parts)
    var matrix = List[List[Int]]()
    for r in range(3):
        var row = List[Int]()
        for c in range(3):
            row.append(r * 3 + c)
        matrix.append(row^)
    matrix[1][1] = 99
    print(matrix[1], len(matrix))
    var acc = String()
    for i in range(3):
        try:
            if i == 1:
                raise Error("bad " + String(i))
            acc += String(i)
        except e:
            acc += "[" + String(e) + "]"
    print(acc)
