# Float `**` as Mojo 1.2 computes it: an integral exponent multiplies by squaring, any other is
# exp(y * log(x)) with Mojo's own exp and log (so 2.0 ** 0.5 is 1.4142135623734946), both at run
# time and when the literals are folded. exp2 goes the same way.
from std.math import exp2, sqrt


def main():
    print(2.0 ** 0.5, 10.0 ** -2, 2.0 ** -1.5, 3.0 ** 0.5, 1.5 ** 2.5)
    comptime root3 = 3.0 ** 0.5
    print(root3)
    var bases: List[Float64] = [2.0, 3.0, 10.0, 0.5, 7.25, 1.0001, 123.456, -2.0, 0.0]
    var exps: List[Float64] = [0.5, 1.5, -0.5, 2.5, 0.1, 3.0, -2.0, 10.0, 0.3333]
    for b in bases:
        for e in exps:
            print(b ** e, end=" ")
        print()
    for b in bases:
        print(b ** 3, b ** -2, b ** 0, sqrt(b) if b >= 0 else 0.0)
    var x: Float64 = 1.0
    for _ in range(5):
        x = x ** 1.1 + 0.5
        print(x)
    var fs: List[Float32] = [2.0, 3.0, 0.5, 5.5]
    for f in fs:
        print(f ** Float32(0.5), f ** Float32(-1.25), f ** 3, exp2(f), exp2(f + 0.3))
    var ys: List[Float64] = [0.5, -0.25, 3.0, 10.5, -4.0, 52.75]
    for y in ys:
        print(exp2(y))
    var v = SIMD[DType.float64, 2](2.0, 5.0)
    print(v ** 0.5)
