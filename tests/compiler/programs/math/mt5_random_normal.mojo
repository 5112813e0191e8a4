# Seeded random numbers: properties that do not depend on the generator's exact stream.
from std.random import seed, random_float64, random_si64, random_ui64, randint, randn_float64, rand


def main():
    seed(42)
    var inside = 0
    var total = 2000
    for _ in range(total):
        var x = random_float64()
        var y = random_float64()
        if x * x + y * y <= 1.0:
            inside += 1
    var pi_est = 4.0 * Float64(inside) / Float64(total)
    print("pi estimate within 0.2:", abs(pi_est - 3.14159) < 0.2)
    var ok = True
    for _ in range(500):
        var v = random_si64(-5, 5)
        if v < -5 or v > 5:
            ok = False
        var u = random_ui64(10, 20)
        if u < 10 or u > 20:
            ok = False
    print("ranges respected:", ok)
    var s = 0.0
    var s2 = 0.0
    for _ in range(4000):
        var g = randn_float64(2.0, 0.5)
        s += g
        s2 += g * g
    var mean = s / 4000
    print("normal mean near 2:", abs(mean - 2.0) < 0.1, "var near 0.25:", abs(s2 / 4000 - mean * mean - 0.25) < 0.05)
    var buf = alloc[Float32](64)
    rand(buf, 64)
    var in01 = True
    for i in range(64):
        if buf[unsafe_offset=i] < 0 or buf[unsafe_offset=i] > 1:
            in01 = False
    print("rand in [0,1]:", in01)
    buf.unsafe_free()
