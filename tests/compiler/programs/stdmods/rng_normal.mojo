# randn_float64: Box-Muller over the seeded generator, with means and standard deviations.
from std.random import seed, randn_float64, random_float64


def main():
    seed(11)
    for _ in range(8):
        print(randn_float64())
    for _ in range(4):
        print(randn_float64(100.0, 15.0))
    print(randn_float64(-3.0, 0.0), randn_float64(0.0, -2.0))
    # Normal draws take two uniforms each: the uniform sequence continues after them.
    print(random_float64())
    var total = 0.0
    var sq = 0.0
    seed(12345)
    for _ in range(20000):
        var v = randn_float64()
        total += v
        sq += v * v
    print(total, sq)
