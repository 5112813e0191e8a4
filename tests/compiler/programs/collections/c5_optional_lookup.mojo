def find_index(xs: List[String], target: String) -> Optional[Int]:
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return None


def parse_age(s: String) -> Optional[Int]:
    try:
        return Int(s)
    except:
        return None


def main():
    var names: List[String] = ["zoe", "max", "ivy"]
    var r = find_index(names, "max")
    if r:
        print("found max at", r.value())
    var missing = find_index(names, "bob")
    print("bob?", Bool(missing), missing.or_else(-1))
    var ages: List[String] = ["31", "x", "27", ""]
    var total = 0
    var bad = 0
    for a in ages:
        var parsed = parse_age(a)
        if parsed:
            total += parsed.value()
        else:
            bad += 1
    print("total", total, "bad", bad)
    var o: Optional[String] = String("hello")
    print(o.value(), o is None, o is not None)
    o = None
    print(o.or_else("empty"))
    var opts = List[Optional[Int]]()
    opts.append(1)
    opts.append(None)
    opts.append(3)
    var s = 0
    for x in opts:
        if x:
            s += x.value()
    print("sum", s)
