def find(xs: List[Int], t: Int) -> Optional[Int]:
    for i in range(len(xs)):
        if xs[i] == t:
            return i
    return None


def main():
    var xs: List[Int] = [4, 5, 6]
    var r = find(xs, 5)
    if r:
        print("found", r.value())
    var n = find(xs, 9)
    if not n:
        print("none")
    print(n.or_else(-1), r.or_else(-1))
    if n is None:
        print("is None")
    if r is not None:
        print("not None")
    var o: Optional[String] = String("hi")
    print(o.value(), o)
    var t = o.take()
    print(t, o is None)
    var p = Optional(3)
    print(p, p == Optional(3), p != None)
    var q = Optional[Int](None)
    print(q)
    print(r.unsafe_value())
    o = String("again")
    if o:
        print(o.value())
    var lst: List[Optional[Int]] = [1, None, 3]
    for v in lst:
        if v:
            print(v.value())
        else:
            print("-")
