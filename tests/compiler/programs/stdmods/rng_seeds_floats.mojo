# Seeded uniform floats: the same seed gives Mojo's exact sequence, for many seeds and ranges.
from std.random import seed, random_float64


def show(label: String, a: Float64, b: Float64):
    var line = label + ":"
    for _ in range(5):
        line += " " + String(random_float64(a, b))
    print(line)


def main():
    var seeds: List[Int] = [0, 1, 2, 7, 42, 1234, -1, -42, 99999999, 4294967295, 4294967296,
                            9223372036854775807, -9223372036854775808]
    for s in seeds:
        seed(s)
        var line = "seed " + String(s) + ":"
        for _ in range(6):
            line += " " + String(random_float64())
        print(line)
    seed(5)
    show("[-1, 1)", -1.0, 1.0)
    show("[10, 20)", 10.0, 20.0)
    show("[-1e6, -1e3)", -1e6, -1e3)
    show("[3, 3)", 3.0, 3.0)
    show("[5, 2)", 5.0, 2.0)
    show("[0, 1e-300)", 0.0, 1e-300)
    show("[-1e308, 1e308)", -1e308, 1e308)
    var inf = Float64.MAX * 2.0
    show("[-inf, inf)", -inf, inf)
    show("[0, inf)", 0.0, inf)
    var nan = inf - inf
    show("[nan, 1)", nan, 1.0)
    show("[0, nan)", 0.0, nan)
    # Reseeding restarts the sequence.
    seed(5)
    print(random_float64(-1.0, 1.0), random_float64(-1.0, 1.0))
