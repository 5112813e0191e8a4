# Sorting (sort on a List, with a custom comparator, stable sort of records) and order statistics:
# median, quartiles, mode, trimmed mean.
from std.math import sqrt


def percentile(sorted_vals: List[Float64], p: Float64) -> Float64:
    var pos = p * Float64(len(sorted_vals) - 1)
    var lo = Int(pos)
    var frac = pos - Float64(lo)
    if lo + 1 >= len(sorted_vals):
        return sorted_vals[lo]
    return sorted_vals[lo] * (1.0 - frac) + sorted_vals[lo + 1] * frac


def main():
    var data: List[Float64] = [12.5, 3.25, 7.0, 19.75, 3.25, 8.5, 15.0, 1.0, 7.0, 11.25, 7.0, 4.5]
    var s = data.copy()
    sort(s)
    print("sorted:", s)
    var n = len(s)
    var mean = 0.0
    for x in s:
        mean += x
    mean /= Float64(n)
    var ss = 0.0
    for x in s:
        ss += (x - mean) ** 2
    print("n:", n, "mean:", mean, "stdev:", sqrt(ss / Float64(n - 1)))
    print("median:", percentile(s, 0.5), "q1:", percentile(s, 0.25), "q3:", percentile(s, 0.75))
    print("p90:", percentile(s, 0.9), "min:", s[0], "max:", s[n - 1])
    var best = s[0]
    var best_count = 0
    var i = 0
    while i < n:
        var j = i
        while j < n and s[j] == s[i]:
            j += 1
        if j - i > best_count:
            best_count = j - i
            best = s[i]
        i = j
    print("mode:", best, "x", best_count)
    var trimmed = 0.0
    for k in range(2, n - 2):
        trimmed += s[k]
    print("trimmed mean:", trimmed / Float64(n - 4))

    def descending(a: Float64, b: Float64) -> Bool:
        return a > b

    var d = data.copy()
    sort(d, descending)
    print("descending:", d)
    var words: List[String] = ["pear", "fig", "banana", "kiwi", "apple", "plum"]
    sort(words)
    print("words:", words)

    def by_len(a: String, b: String) -> Bool:
        return a.byte_length() < b.byte_length()

    sort[stable=True](words, by_len)
    print("by length (stable):", words)
    var ints: List[Int] = [5, -2, 9, 0, -7, 3, 3, 8]
    sort(ints)
    print("ints:", ints)
