# Random numbers with a fixed seed: uniform floats, integer ranges, normals, filling buffers,
# shuffling, and a Monte Carlo estimate of pi. Every value depends only on the seed.
from std.random import seed, random_float64, random_si64, random_ui64, randint, randn, randn_float64, rand, shuffle


def main():
    seed(42)
    var line = String()
    for _ in range(5):
        line += String(random_float64()) + " "
    print("uniform:", line)
    line = String()
    for _ in range(8):
        line += String(random_si64(-10, 10)) + " "
    print("si64 in [-10, 10]:", line)
    line = String()
    for _ in range(5):
        line += String(random_ui64(0, 1000)) + " "
    print("ui64 in [0, 1000]:", line)
    print("float in [5, 6):", random_float64(5.0, 6.0))
    print("normal:", randn_float64(), randn_float64(10.0, 2.0))
    var buf = alloc[Int32](10)
    randint(buf, 10, 1, 6)
    line = String()
    for i in range(10):
        line += String(buf[i]) + " "
    print("dice:", line)
    var g = alloc[Float64](6)
    randn(g, 6, 0.0, 1.0)
    line = String()
    for i in range(6):
        line += String(g[i]) + " "
    print("randn buffer:", line)
    var f = alloc[Float32](4)
    rand(f, 4)
    print("rand f32:", f[0], f[1], f[2], f[3])
    var deck: List[Int] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    shuffle(deck)
    print("shuffled:", deck)
    seed(7)
    var inside = 0
    comptime trials = 20000
    for _ in range(trials):
        var x = random_float64()
        var y = random_float64()
        if x * x + y * y <= 1.0:
            inside += 1
    print("pi estimate:", 4.0 * Float64(inside) / Float64(trials), "inside:", inside)
    seed(7)
    var again = random_float64()
    seed(7)
    print("reproducible:", again == random_float64())
    buf.free()
    g.free()
    f.free()
