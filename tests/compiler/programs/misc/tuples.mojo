def minmax(xs: List[Int]) -> Tuple[Int, Int]:
    var lo = xs[0]
    var hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    return (lo, hi)


def main():
    var r = minmax([4, 8, 1, 9])
    print(r[0], r[1])
    var lo, hi = minmax([7, 3])
    print(lo, hi)
    var t = (1, "two", 3.0)
    print(t[0], t[1], t[2])
    print(len(t))
