# Mandelbrot set: ASCII rendering with escape counts, using SIMD-free scalar
# code and a ComplexFloat64-like struct with operator overloading.


@fieldwise_init
struct Cplx(ImplicitlyCopyable, Writable):
    var re: Float64
    var im: Float64

    def __add__(self, o: Self) -> Self:
        return Cplx(self.re + o.re, self.im + o.im)

    def __mul__(self, o: Self) -> Self:
        return Cplx(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)

    def norm2(self) -> Float64:
        return self.re * self.re + self.im * self.im

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.re, "+", self.im, "i")


def escape(c: Cplx, max_iter: Int) -> Int:
    var z = Cplx(0, 0)
    for i in range(max_iter):
        if z.norm2() > 4.0:
            return i
        z = z * z + c
    return max_iter


def main():
    comptime W = 64
    comptime H = 24
    comptime MAX = 200
    var palette = " .:-=+*#%@"
    var total = 0
    var inside = 0
    var hist = List[Int](length=10, fill=0)
    for y in range(H):
        var line = String()
        for x in range(W):
            var c = Cplx(-2.2 + 3.2 * Float64(x) / Float64(W), -1.2 + 2.4 * Float64(y) / Float64(H))
            var n = escape(c, MAX)
            total += n
            if n == MAX:
                inside += 1
                line += "@"
                hist[9] += 1
            else:
                var idx = min(8, n // 3)
                hist[idx] += 1
                line += palette[byte=idx]
        print(line)
    print("total iterations:", total)
    print("points inside:", inside, "of", W * H)
    print("histogram:", hist)
    print("sample:", Cplx(0.25, 0.5) * Cplx(0.25, 0.5) + Cplx(1, -1))
    print("escape(-0.75+0.1i):", escape(Cplx(-0.75, 0.1), 1000))
