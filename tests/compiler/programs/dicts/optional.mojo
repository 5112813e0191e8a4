from std.collections import Optional

def find(xs: List[Int], target: Int) -> Optional[Int]:
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return None


def main():
    var xs: List[Int] = [4, 5, 6]
    var r = find(xs, 5)
    if r:
        print("found at", r.value())
    var m = find(xs, 9)
    print(Bool(m), m.or_else(-1))
    if not m:
        print("missing")
    var o = Optional[String]("hi")
    print(o.value(), o.or_else("none"))
    var n: Optional[Int] = None
    print(n.or_else(7))
    print(r is not None, m is None)
    var z = Optional(3)
    print(z.value() + 1)
