def mean(xs: List[Float64]) -> Float64:
    var s = 0.0
    for x in xs:
        s += x
    return s / Float64(len(xs))


def main():
    var xs: List[Float64] = [1.5, 2.5, 3.0, 4.0]
    print(mean(xs))
    var mx = xs[0]
    var mn = xs[0]
    for x in xs:
        mx = max(mx, x)
        mn = min(mn, x)
    print(mx, mn)
    var scaled = [x * 2.0 for x in xs]
    print(scaled)
    var b: List[Bool] = [True, False]
    print(b)
    var strs = [String(x) for x in range(3)]
    print(strs)
