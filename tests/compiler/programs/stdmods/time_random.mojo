from std.time import perf_counter_ns, sleep, monotonic, perf_counter
from std.random import seed, random_float64, random_si64, random_ui64, randn_float64, random_float64 as rf


def main():
    var t0 = perf_counter_ns()
    sleep(0.01)
    var t1 = perf_counter_ns()
    print(t1 - t0 >= 10_000_000)
    print(monotonic() > 0, perf_counter() > 0.0)
    seed(42)
    var ok = True
    for _ in range(1000):
        var f = random_float64()
        if f < 0.0 or f >= 1.0:
            ok = False
        var i = random_si64(-5, 5)
        if i < -5 or i > 5:
            ok = False
        var u = random_ui64(10, 20)
        if u < 10 or u > 20:
            ok = False
        var g = random_float64(2.0, 3.0)
        if g < 2.0 or g > 3.0:
            ok = False
    print(ok)
    seed()
    print(rf() < 1.0)
