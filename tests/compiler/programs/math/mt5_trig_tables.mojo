# A sine/cosine table in degrees, tan near its poles, and inverse trig round trips.
from std.math import sin, cos, tan, atan, asin, acos, pi, atan2


def main():
    for deg in range(0, 361, 30):
        var r = Float64(deg) * pi / 180.0
        print(deg, round(sin(r), 6), round(cos(r), 6), tan(r))
    for k in range(1, 6):
        var near = pi / 2 - 10.0 ** (-Float64(k))
        print("tan near pi/2:", k, tan(near))
    var xs: List[Float64] = [-0.9, -0.3, 0.0, 0.4, 0.99]
    for x in xs:
        print("round trips:", x, sin(asin(x)), cos(acos(x)), tan(atan(x)))
    print("atan2 quadrants:", atan2(1.0, 1.0), atan2(1.0, -1.0), atan2(-1.0, -1.0), atan2(-1.0, 1.0))
    var f = Float32(0.0)
    for i in range(8):
        f += Float32(0.4)
        print("f32:", f, sin(f), cos(f), tan(f))
