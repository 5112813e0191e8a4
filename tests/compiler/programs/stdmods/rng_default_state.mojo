# Without seed() the generator starts as if seeded with 0, so an unseeded program is repeatable;
# seed() from the clock just has to give numbers in range.
from std.random import seed, random_float64, random_si64, random_ui64, randn_float64


def main():
    print(random_float64(), random_float64())
    print(random_ui64(0, 100), random_si64(-100, 100))
    print(randn_float64())
    seed()
    var ok = True
    for _ in range(1000):
        var f = random_float64()
        var i = random_si64(-3, 3)
        if f < 0.0 or f >= 1.0 or i < -3 or i > 3:
            ok = False
    print("clock seed in range:", ok)
    seed(0)
    print(random_float64(), random_float64())
