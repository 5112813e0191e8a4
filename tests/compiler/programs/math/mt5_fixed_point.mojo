# Fixed-point arithmetic in Int32 (Q16.16): conversions, multiply, divide, and a sqrt by iteration.


comptime SHIFT = 16
comptime ONE = 1 << SHIFT


def to_fixed(x: Float64) -> Int32:
    return Int32(Int(x * Float64(ONE)))


def to_float(q: Int32) -> Float64:
    return Float64(q) / Float64(ONE)


def fmul(a: Int32, b: Int32) -> Int32:
    return Int32((Int64(a) * Int64(b)) >> SHIFT)


def fdiv(a: Int32, b: Int32) -> Int32:
    return Int32((Int64(a) << SHIFT) // Int64(b))


def fsqrt(a: Int32) -> Int32:
    var x = a
    for _ in range(20):
        x = (x + fdiv(a, x)) >> 1
    return x


def main():
    var a = to_fixed(3.25)
    var b = to_fixed(-1.5)
    print("a:", a, to_float(a), "b:", b, to_float(b))
    print("a*b:", to_float(fmul(a, b)), "a/b:", to_float(fdiv(a, b)))
    print("sqrt(2):", to_float(fsqrt(to_fixed(2.0))), "sqrt(10):", to_float(fsqrt(to_fixed(10.0))))
    var acc = to_fixed(0.0)
    for i in range(1, 11):
        acc += fdiv(to_fixed(1.0), to_fixed(Float64(i)))
    print("harmonic(10) ~", to_float(acc))
