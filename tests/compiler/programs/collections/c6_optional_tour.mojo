# Optional values in a config lookup.


def find_port(name: String) -> Optional[Int]:
    if name == "http":
        return 80
    if name == "https":
        return 443
    return None


def main() raises:
    var p = find_port("http")
    var q = find_port("gopher")
    print("has p:", Bool(p), "has q:", Bool(q))
    if p:
        print("p =", p.value())
    if not q:
        print("q missing")
    print("q or_else", q.or_else(8080), "p or_else", p.or_else(1))
    print("p is None", p is None, "q is None", q is None, "p is not None", p is not None)
    print("p[]", p[])
    var t = p.take()
    print("took", t, "now empty", p is None)
    var s: Optional[String] = String("hello")
    print(s.value(), s.value().byte_length())
    s.value() += " world"
    print(s.value())
    var copy = s.copy()
    copy = None
    print("copy none", copy is None, "orig", s.value())
    var items = List[Optional[Int]]()
    items.append(1)
    items.append(None)
    items.append(3)
    var sum = 0
    for o in items:
        if o:
            sum += o.value()
        else:
            print("skip None")
    print("sum", sum)
    print(p == None, Optional(5) == Optional(5), Optional(5) != Optional(6))
    var o = Optional[Int](None)
    print(o.or_else(-1))
    print(Optional(42))
    print(Optional[Int]())
    try:
        var bad = find_port("x")
        print(bad[])
    except e:
        print("error:", e)
