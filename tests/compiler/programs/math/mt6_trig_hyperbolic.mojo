# Trig and hyperbolic functions (with their inverses) over a table of angles, Float64 and Float32.
from std.math import sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, asinh, acosh, atanh, pi


def deg2rad(d: Float64) -> Float64:
    return d * pi / 180.0


def main():
    print("deg | sin | cos | tan")
    for d in range(0, 361, 30):
        var r = deg2rad(Float64(d))
        print(d, sin(r), cos(r), tan(r))
    print("inverse functions")
    var xs: List[Float64] = [-1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0]
    for x in xs:
        print(x, asin(x), acos(x), atan(x))
    print("atan2 in all quadrants")
    for p in [(1.0, 1.0), (1.0, -1.0), (-1.0, -1.0), (-1.0, 1.0), (0.0, -1.0), (0.0, 1.0), (3.0, 4.0)]:
        print(p[0], p[1], atan2(p[0], p[1]))
    print("hyperbolic")
    for i in range(-4, 5):
        var x = Float64(i) * 0.6
        print(x, sinh(x), cosh(x), tanh(x), asinh(x))
    print("acosh/atanh")
    for x in [1.0, 1.5, 2.0, 10.0, 100.0]:
        print(x, acosh(x))
    for x in [-0.9, -0.5, 0.0, 0.3, 0.99]:
        print(x, atanh(x))
    # identities should hold to a few ulps
    var worst = 0.0
    for i in range(100):
        var x = Float64(i) * 0.07 - 3.5
        var s = sin(x)
        var c = cos(x)
        var e = abs(s * s + c * c - 1.0)
        if e > worst:
            worst = e
    print("max |sin^2+cos^2-1| < 1e-15:", worst < 1e-15)
    # Float32 and SIMD versions
    var v = SIMD[DType.float32, 4](0.0, 0.5, 1.0, 1.5)
    print("f32 sin:", sin(v))
    print("f32 cos:", cos(v))
    print("f32 tanh:", tanh(v))
    print("f32 asinh:", asinh(v))
    var w = SIMD[DType.float64, 4](0.1, 0.2, 0.3, 0.4)
    print("f64 atanh:", atanh(w))
    print("f64 acos:", acos(w))
    print("scalar f32:", sin(Float32(2.0)), atan(Float32(0.5)), cosh(Float32(1.25)))
