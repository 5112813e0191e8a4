# Series and sequences: Leibniz and Nilakantha pi, e by factorials, Fibonacci ratios, harmonic numbers.
from std.math import pi, e, sqrt, log


def main():
    var leibniz = 0.0
    var sign = 1.0
    for k in range(1000):
        leibniz += sign / Float64(2 * k + 1)
        sign = -sign
    print("leibniz:", 4 * leibniz, "err:", abs(4 * leibniz - pi))
    var nil = 3.0
    var s = 1.0
    for k in range(1, 50):
        var n = Float64(2 * k)
        nil += s * 4.0 / (n * (n + 1) * (n + 2))
        s = -s
    print("nilakantha:", nil)
    var ee = 1.0
    var term = 1.0
    for k in range(1, 20):
        term /= Float64(k)
        ee += term
    print("e:", ee, e, ee == e)
    var a = 1
    var b = 1
    for _ in range(40):
        var t = a + b
        a = b
        b = t
    print("fib ratio:", Float64(b) / Float64(a), "phi:", (1 + sqrt(5.0)) / 2)
    var h = 0.0
    for k in range(1, 10001):
        h += 1.0 / Float64(k)
    print("H(10000):", h, "gamma approx:", h - log(10000.0))
