# Numerical integration: trapezoid, Simpson and midpoint rules on smooth functions.
from std.math import sin, exp, sqrt, pi, log


def f_sin(x: Float64) -> Float64:
    return sin(x)


def f_gauss(x: Float64) -> Float64:
    return exp(-x * x)


def f_recip(x: Float64) -> Float64:
    return 1.0 / x


def trapezoid[f: def(Float64) thin -> Float64](a: Float64, b: Float64, n: Int) -> Float64:
    var h = (b - a) / Float64(n)
    var s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + Float64(i) * h)
    return s * h


def simpson[f: def(Float64) thin -> Float64](a: Float64, b: Float64, n: Int) -> Float64:
    var h = (b - a) / Float64(n)
    var s = f(a) + f(b)
    for i in range(1, n):
        var w = 4.0 if i % 2 == 1 else 2.0
        s += w * f(a + Float64(i) * h)
    return s * h / 3.0


def midpoint[f: def(Float64) thin -> Float64](a: Float64, b: Float64, n: Int) -> Float64:
    var h = (b - a) / Float64(n)
    var s = 0.0
    for i in range(n):
        s += f(a + (Float64(i) + 0.5) * h)
    return s * h


def main():
    for n in [4, 16, 64]:
        print(n, trapezoid[f_sin](0.0, pi, n), simpson[f_sin](0.0, pi, n), midpoint[f_sin](0.0, pi, n))
    var g = simpson[f_gauss](-6.0, 6.0, 200)
    print("gauss:", g, "sqrt(pi):", sqrt(pi), "err < 1e-9:", abs(g - sqrt(pi)) < 1e-9)
    print("ln 2 ~", simpson[f_recip](1.0, 2.0, 100), log(2.0))
