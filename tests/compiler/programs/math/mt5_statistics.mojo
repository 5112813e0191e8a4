# Descriptive statistics of a sample: mean, variance (two-pass and Welford), median, percentiles.
from std.math import sqrt


def mean(xs: List[Float64]) -> Float64:
    var s = 0.0
    for x in xs:
        s += x
    return s / Float64(len(xs))


def variance(xs: List[Float64]) -> Float64:
    var m = mean(xs)
    var s = 0.0
    for x in xs:
        s += (x - m) * (x - m)
    return s / Float64(len(xs) - 1)


def welford(xs: List[Float64]) -> Tuple[Float64, Float64]:
    var n = 0
    var m = 0.0
    var m2 = 0.0
    for x in xs:
        n += 1
        var d = x - m
        m += d / Float64(n)
        m2 += d * (x - m)
    return (m, m2 / Float64(n - 1))


def percentile(sorted: List[Float64], p: Float64) -> Float64:
    var pos = p * Float64(len(sorted) - 1)
    var lo = Int(pos)
    var frac = pos - Float64(lo)
    if lo + 1 >= len(sorted):
        return sorted[lo]
    return sorted[lo] * (1 - frac) + sorted[lo + 1] * frac


def main():
    var xs: List[Float64] = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.4, 6.0, 2.2, 8.1]
    print("n:", len(xs), "mean:", mean(xs))
    var v = variance(xs)
    print("variance:", v, "stddev:", sqrt(v))
    var w = welford(xs)
    print("welford:", w[0], w[1])
    sort(xs)
    print("sorted:", xs)
    print("median:", percentile(xs, 0.5), "q1:", percentile(xs, 0.25), "q3:", percentile(xs, 0.75))
    print("min:", xs[0], "max:", xs[len(xs) - 1], "range:", xs[len(xs) - 1] - xs[0])
