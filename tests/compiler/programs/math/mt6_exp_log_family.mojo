# exp2/expm1/log1p/log2/log10/logb, cbrt, hypot, ldexp/frexp, modf, remainder, scalb.
from std.math import exp, exp2, expm1, log, log1p, log2, log10, logb, cbrt, hypot, ldexp, frexp, modf, remainder, scalb, sqrt


def main():
    print("exp2 / log2")
    for i in range(-3, 11):
        var x = Float64(i)
        print(x, exp2(x), log2(exp2(x)))
    print("log10 of powers of ten")
    var p = 1.0e-5
    for _ in range(11):
        print(p, log10(p))
        p *= 10.0
    print("small arguments: expm1 vs exp-1, log1p vs log(1+x)")
    var x = 1.0e-3
    for _ in range(5):
        print(x, expm1(x), exp(x) - 1.0, log1p(x), log(1.0 + x))
        x /= 100.0
    print("logb")
    for v in [0.1, 1.0, 3.0, 8.0, 1000.0, 1.0e300]:
        print(v, logb(v))
    print("cbrt")
    for v in [-27.0, -8.0, 0.0, 1.0, 2.0, 10.0, 64.0, 1000.0]:
        print(v, cbrt(v))
    print("hypot")
    for a in [(3.0, 4.0), (5.0, 12.0), (1.0e200, 1.0e200), (0.1, 0.2)]:
        print(a[0], a[1], hypot(a[0], a[1]))
    print("ldexp / frexp")
    for v in [0.75, 1.0, 6.0, 1000.0, 0.001]:
        var fr = frexp(v)
        print(v, fr[0], fr[1], ldexp(fr[0], Int32(Int(fr[1]))))
    print("modf")
    for v in [3.75, -2.5, 0.125, 100.0]:
        var parts = modf(v)
        print(v, parts[0], parts[1])
    print("remainder")
    for a in [(10.0, 3.0), (11.0, 3.0), (-7.5, 2.0), (5.0, 2.0)]:
        print(a[0], a[1], remainder(a[0], a[1]))
    print("scalb:", scalb(1.5, 4.0), scalb(3.0, -2.0))
    var w = SIMD[DType.float32, 4](1.0, 2.0, 4.0, 10.0)
    print("f32 log2:", log2(w), "log10:", log10(w), "exp2:", exp2(w))
    print("f32 cbrt:", cbrt(w), "log1p:", log1p(w), "expm1:", expm1(w))
    print("f32 hypot:", hypot(w, w))
