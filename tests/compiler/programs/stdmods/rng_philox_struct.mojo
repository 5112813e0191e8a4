# std.random.Random: a Philox generator value of its own, with seeds, subsequences and offsets.
from std.random import Random, seed, random_float64


def main():
    var a = Random()
    print(a.step())
    print(a.step())
    var b = Random(seed=42)
    for _ in range(3):
        print(b.step())
    var c = Random(seed=42, subsequence=1)
    print(c.step())
    var d = Random(seed=42, offset=1)
    print(d.step())
    var e = Random(seed=7, subsequence=3, offset=18446744073709551615)
    print(e.step())
    print(e.step())
    var f = Random[7](seed=42)
    print(f.step())
    var u = Random(seed=1)
    for _ in range(3):
        print(u.step_uniform().cast[DType.float64]())
    var w = Random(seed=1)
    for _ in range(3):
        print(w.step_uniform_unbiased().cast[DType.float64]())
    # A Random value does not touch the global generator.
    seed(42)
    print(random_float64())
    var g = b.copy()
    print(g.step() == b.step())
