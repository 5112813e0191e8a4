from std.complex import ComplexFloat64, ComplexSIMD, abs


def main():
    var a = ComplexFloat64(1.0, 2.0)
    var b = ComplexFloat64(3.0, -1.0)
    print(a + b, a - b, a * b, a / b)
    print(a.re, a.im, a.norm(), a.squared_norm(), a.conj())
    print(-a, a == b, a != b)
    var z = ComplexFloat64(0.0, 0.0)
    var c = ComplexFloat64(-0.5, 0.5)
    for _ in range(10):
        z = z.squared_add(c)
    print(z)
    print(b.norm())
    print(a * 2.0)
    more()


def more():
    print(abs(ComplexFloat64(3.0, 4.0)), ComplexFloat64(2.0, 0.0), ComplexFloat64(1.0, 1.0) * ComplexFloat64(1.0, -1.0))
    var z = ComplexFloat64(1.0, 1.0)
    z *= 2.0
    print(z, 2.0 * z, z.fma(z, z))
