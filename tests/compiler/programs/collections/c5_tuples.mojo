def min_max(xs: List[Int]) -> Tuple[Int, Int]:
    var lo = xs[0]
    var hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return (lo, hi)


def divmod_all(xs: List[Int], d: Int) -> List[Tuple[Int, Int]]:
    var out = List[Tuple[Int, Int]]()
    for x in xs:
        out.append((x // d, x % d))
    return out^


def main():
    var xs: List[Int] = [7, -2, 15, 4, 9]
    var mm = min_max(xs)
    print("min", mm[0], "max", mm[1])
    var lo, hi = min_max(xs)
    print(lo + hi)
    var pairs = divmod_all(xs, 4)
    for p in pairs:
        print(p[0], p[1])
    var t = (1, "two", 3.0)
    print(t[0], t[1], t[2])
    print(len(t))
    var points: List[Tuple[String, Int]] = [("a", 3), ("b", 1), ("c", 2)]
    var best = points[0]
    for p in points:
        if p[1] < best[1]:
            best = p
    print("best", best[0])
