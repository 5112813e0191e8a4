# Q16.16 fixed-point arithmetic in Int32/Int64: conversion, multiply, divide, square root by
# Newton's method, and a comparison with Float64.


@fieldwise_init
struct Fixed(ImplicitlyCopyable, Writable):
    var raw: Int32
    comptime FRAC = 16
    comptime ONE = Int32(1) << 16

    @staticmethod
    def from_float(x: Float64) -> Fixed:
        return Fixed(Int32(Int(round(x * 65536.0))))

    @staticmethod
    def from_int(x: Int) -> Fixed:
        return Fixed(Int32(x) << 16)

    def to_float(self) -> Float64:
        return Float64(self.raw) / 65536.0

    def __add__(self, o: Fixed) -> Fixed:
        return Fixed(self.raw + o.raw)

    def __sub__(self, o: Fixed) -> Fixed:
        return Fixed(self.raw - o.raw)

    def __mul__(self, o: Fixed) -> Fixed:
        return Fixed(Int32((Int64(self.raw) * Int64(o.raw)) >> 16))

    def __truediv__(self, o: Fixed) -> Fixed:
        return Fixed(Int32((Int64(self.raw) << 16) // Int64(o.raw)))

    def sqrt(self) -> Fixed:
        if self.raw <= 0:
            return Fixed(0)
        var x = Fixed(self.raw // 2 + Self.ONE // 2)
        for _ in range(12):
            x = Fixed((x + self / x).raw >> 1)
        return x

    def write_to(self, mut writer: Some[Writer]):
        writer.write(round(self.to_float(), 5))


def main():
    var a = Fixed.from_float(3.25)
    var b = Fixed.from_float(-1.5)
    var c = Fixed.from_int(7)
    print("a:", a, "raw", a.raw, "b:", b, "raw", b.raw, "c:", c)
    print("a+b:", a + b, "a-b:", a - b, "a*b:", a * b, "a/b:", a / b)
    print("c/a:", c / a, "exact:", 7.0 / 3.25)
    for v in [2.0, 10.0, 0.25, 144.0, 2.5]:
        var f = Fixed.from_float(v)
        print("sqrt", v, "fixed:", f.sqrt(), "float:", round(v ** 0.5, 5))
    # accumulate 1/k for k = 1..20 in fixed point and in Float64
    var h = Fixed(0)
    var hf = 0.0
    for k in range(1, 21):
        h = h + Fixed(Fixed.ONE) / Fixed.from_int(k)
        hf += 1.0 / Float64(k)
    print("harmonic(20) fixed:", h, "float:", round(hf, 5))
    print("overflow wraps:", (Fixed.from_int(30000) * Fixed.from_int(3)).raw)
    print("epsilon:", Fixed(1).to_float(), "max:", Fixed(Int32.MAX).to_float())
