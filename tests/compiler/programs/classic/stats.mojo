from std.math import sqrt


def main() raises:
    var raw = String("4.0, 8.5, 15.25, 16.0, 23.0, 42.0")
    var xs = List[Float64]()
    for tok in raw.split(","):
        xs.append(atof(tok.strip()))
    var n = Float64(len(xs))
    var total = 0.0
    for x in xs:
        total += x
    var mean = total / n
    var ss = 0.0
    for x in xs:
        ss += (x - mean) ** 2
    print("n =", len(xs))
    print("mean =", mean)
    print("std =", sqrt(ss / n))
    sort(xs)
    print("median =", (xs[2] + xs[3]) / 2)
    print(t"min={xs[0]} max={xs[len(xs) - 1]}")
