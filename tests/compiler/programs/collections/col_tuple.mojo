def min_max(xs: List[Int]) -> Tuple[Int, Int]:
    var lo = xs[0]
    var hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    return (lo, hi)


def main() raises:
    var t = (1, "two", 3.0)
    print(t[0], t[1], t[2])
    print(len(t))
    var (lo, hi) = min_max([4, -2, 9, 7])
    print(lo, hi)
    var r = min_max([5])
    print(r[0], r[1])
    var pairs: List[Tuple[String, Int]] = [("a", 1), ("b", 2), ("c", 3)]
    for p in pairs:
        print(p[0], p[1])
    var total = 0
    for ref p in pairs:
        total += p[1]
    print(total)
    var a, b = 10, 20
    a, b = b, a
    print(a, b)
    var nested = ((1, 2), (3, 4))
    print(nested[1][0])
    print((1, 2) == (1, 2), (1, 2) != (2, 1), (1, 2) < (1, 3))
    print(2 in (1, 2, 3))
    var tt = Tuple[Int, Bool](5, True)
    print(tt[0], tt[1])
