# String and collection workloads (issue 9's list), timed inside the program.
# Prints: name<TAB>result<TAB>seconds (best of REPS). Sizes come from argv.
from std.sys import argv
from std.time import perf_counter_ns
from std.collections import Set


def build_and_split(n: Int) -> Int:
    var s = String()
    for i in range(n):
        s += String(i)
        s += " "
    var total = 0
    for part in s.split(" "):
        total += part.byte_length()
    return total


def word_count(n: Int) raises -> Int:
    var words: List[String] = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    var counts = Dict[String, Int]()
    for i in range(n):
        var w = words[(i * 7) % 8]
        counts[w] = counts.get(w, 0) + 1
    return counts["gamma"]


def sort_ints(n: Int) -> Int:
    var l = List[Int]()
    var x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        l.append(x)
    sort(l)
    return l[n // 2]


def set_membership(n: Int) -> Int:
    var s = Set[Int]()
    for i in range(0, n, 3):
        s.add(i)
    var hits = 0
    for i in range(n):
        if i in s:
            hits += 1
    return hits


def secs(t0: Int, t1: Int) -> Float64:
    return Float64(t1 - t0) / 1e9


def main() raises:
    var args = argv()
    var n_str = atol(args[1])
    var n_dict = atol(args[2])
    var n_sort = atol(args[3])
    var n_set = atol(args[4])
    var reps = atol(args[5])
    var best = [1e9, 1e9, 1e9, 1e9]
    var results = [0, 0, 0, 0]
    for _ in range(reps):
        var t0 = perf_counter_ns()
        results[0] = build_and_split(n_str)
        var t1 = perf_counter_ns()
        results[1] = word_count(n_dict)
        var t2 = perf_counter_ns()
        results[2] = sort_ints(n_sort)
        var t3 = perf_counter_ns()
        results[3] = set_membership(n_set)
        var t4 = perf_counter_ns()
        best[0] = min(best[0], secs(t0, t1))
        best[1] = min(best[1], secs(t1, t2))
        best[2] = min(best[2], secs(t2, t3))
        best[3] = min(best[3], secs(t3, t4))
    var names: List[String] = ["string build+split", "dict word count", "sort ints", "set membership"]
    for i in range(4):
        print(names[i], "\t", results[i], "\t", best[i], sep="")
