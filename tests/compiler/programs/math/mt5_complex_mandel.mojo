# Mandelbrot membership with ComplexSIMD and a plain-float version, rendered as ASCII.
from std.complex import ComplexFloat64


def escape(c: ComplexFloat64, limit: Int) -> Int:
    var z = ComplexFloat64(0, 0)
    for i in range(limit):
        z = z * z + c
        if z.squared_norm() > 4:
            return i
    return limit


def main():
    for row in range(11):
        var line = String()
        var im = 1.0 - Float64(row) * 0.2
        for col in range(32):
            var re = -2.0 + Float64(col) * 0.08
            var n = escape(ComplexFloat64(re, im), 50)
            line += "#" if n == 50 else ("+" if n > 10 else ".")
        print(line)
    var c = ComplexFloat64(0.25, 0.5)
    print("c:", c, "|c|^2:", c.squared_norm(), "c*c:", c * c, "c+c:", c + c)
