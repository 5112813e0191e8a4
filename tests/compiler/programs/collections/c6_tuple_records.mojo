# Tuples as lightweight records: returning pairs, comparing, unpacking.


def min_max(xs: List[Int]) -> Tuple[Int, Int]:
    var lo = xs[0]
    var hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    return (lo, hi)


def divmod_pair(a: Int, b: Int) -> Tuple[Int, Int]:
    return (a // b, a % b)


def main():
    var data: List[Int] = [7, -2, 15, 3, 9]
    var mm = min_max(data)
    print("min", mm[0], "max", mm[1])
    var q, r = divmod_pair(47, 5)
    print("47 = 5 *", q, "+", r)
    var t = (1, "one", 1.5, True)
    print(t[0], t[1], t[2], t[3], len(t))
    var pts: List[Tuple[String, Int]] = [("b", 2), ("a", 9), ("c", 1)]
    for p in pts:
        print(p[0], "->", p[1])
    var best = pts[0]
    for p in pts:
        if p[1] > best[1]:
            best = p
    print("best", best[0], best[1])
    print((1, 2) == (1, 2), (1, 2) != (2, 1), (1, 2) < (1, 3), (2, 0) > (1, 9))
    var nested = ((1, 2), (3, 4))
    print(nested[1][0])
    var a = 1
    var b = 2
    a, b = b, a
    print(a, b)
    print(3 in (1, 2, 3), 5 in (1, 2, 3))
