# std.random throughput: 10M random_float64 draws from a seeded generator, timed inside the program.
# Prints the sum (the same under Mojo 1.2 and mojito: both run Philox 4x32-10) and the best of 3 runs.
from std.random import seed, random_float64
from std.time import perf_counter_ns


def main():
    var best = 0
    var total = 0.0
    for rep in range(3):
        seed(1)
        var t0 = perf_counter_ns()
        var s = 0.0
        for _ in range(10000000):
            s += random_float64()
        var dt = Int(perf_counter_ns() - t0)
        if rep == 0 or dt < best:
            best = dt
        total = s
    print(total)
    print("10M random_float64 draws, best of 3:", best // 1000000, "ms")
