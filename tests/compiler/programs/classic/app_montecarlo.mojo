# Monte Carlo estimates with std.random: pi from random points in the unit
# square, a dice-roll histogram and a random walk; checks seeded determinism.
from std.random import seed, random_float64, random_si64, random_ui64


def estimate_pi(samples: Int) -> Float64:
    var inside = 0
    for _ in range(samples):
        var x = random_float64()
        var y = random_float64()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * Float64(inside) / Float64(samples)


def dice_histogram(rolls: Int) -> List[Int]:
    var counts = List[Int](length=13, fill=0)
    for _ in range(rolls):
        var a = Int(random_si64(1, 6))
        var b = Int(random_si64(1, 6))
        counts[a + b] += 1
    return counts^


def walk(steps: Int) -> Int:
    var pos = 0
    var farthest = 0
    for _ in range(steps):
        pos += 1 if random_ui64(0, 1) == 1 else -1
        farthest = max(farthest, abs(pos))
    return farthest


def main():
    seed(42)
    var first = List[Float64]()
    for _ in range(5):
        first.append(random_float64())
    seed(42)
    var same = True
    for i in range(5):
        if random_float64() != first[i]:
            same = False
    print("reseeding repeats the sequence:", same)

    var in_range = True
    for _ in range(1000):
        var v = random_float64(-2.0, 3.0)
        if v < -2.0 or v >= 3.0:
            in_range = False
        var k = random_si64(-5, 5)
        if k < -5 or k > 5:
            in_range = False
    print("values in range:", in_range)

    seed(7)
    var pi = estimate_pi(200000)
    print("pi estimate close:", abs(pi - 3.14159) < 0.02)

    seed(1)
    var hist = dice_histogram(36000)
    var total = 0
    var mode = 2
    for s in range(2, 13):
        total += hist[s]
        if hist[s] > hist[mode]:
            mode = s
    print("rolls:", total, "most common sum:", mode)
    print("sum 7 near 6000:", abs(hist[7] - 6000) < 400, " sum 2 near 1000:", abs(hist[2] - 1000) < 200)

    seed(3)
    var far = walk(10000)
    print("walk stayed within 1000:", far < 1000, "moved:", far > 0)
