# Root finding: Newton's method, bisection and the secant method, printing iterations.
from std.math import sqrt, cos, sin, cbrt


def newton_sqrt(a: Float64) -> Float64:
    var x = a if a > 1 else 1.0
    for _ in range(60):
        var nx = 0.5 * (x + a / x)
        if abs(nx - x) < 1e-15 * nx:
            return nx
        x = nx
    return x


def bisect_cos_eq_x() -> Tuple[Float64, Int]:
    var lo = 0.0
    var hi = 1.0
    var it = 0
    while hi - lo > 1e-12:
        var mid = (lo + hi) / 2
        if cos(mid) - mid > 0:
            lo = mid
        else:
            hi = mid
        it += 1
    return ((lo + hi) / 2, it)


def secant(x0: Float64, x1: Float64) -> Float64:
    var a = x0
    var b = x1
    for _ in range(50):
        var fa = a * a * a - 2 * a - 5
        var fb = b * b * b - 2 * b - 5
        if fb == fa:
            break
        var c = b - fb * (b - a) / (fb - fa)
        a = b
        b = c
    return b


def main():
    for v in [2.0, 10.0, 0.25, 12345.678]:
        print("sqrt", v, newton_sqrt(v), sqrt(v))
    var r = bisect_cos_eq_x()
    print("cos(x)=x:", r[0], "iterations:", r[1])
    print("x^3-2x-5 root:", secant(2.0, 3.0))
    print("cbrt 27, 2:", cbrt(27.0), cbrt(2.0))
