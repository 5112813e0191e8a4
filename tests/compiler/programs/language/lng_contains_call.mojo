# __contains__ (the `in` operator), __call__ on a struct, __len__ and
# __getitem__ with a slice.


struct Range3(Sized):
    var lo: Int
    var hi: Int

    def __init__(out self, lo: Int, hi: Int):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x: Int) -> Bool:
        return x >= self.lo and x < self.hi

    def __len__(self) -> Int:
        return self.hi - self.lo


struct Polynomial:
    var coeffs: List[Int]

    def __init__(out self, var coeffs: List[Int]):
        self.coeffs = coeffs^

    def __call__(self, x: Int) -> Int:
        var r = 0
        for i in range(len(self.coeffs) - 1, -1, -1):
            r = r * x + self.coeffs[i]
        return r


struct Text:
    var s: String

    def __init__(out self, s: String):
        self.s = s

    def __getitem__(self, i: Int) -> String:
        return String(self.s[byte=i])

    def __getitem__(self, sl: Slice) -> String:
        var start = sl.start.or_else(0)
        var end = sl.end.or_else(self.s.byte_length())
        return String(self.s[byte=start:end])


def main():
    var r = Range3(5, 10)
    print(3 in r, 5 in r, 9 in r, 10 in r, 7 not in r, len(r))
    var p = Polynomial([1, 0, 2])
    print(p(0), p(1), p(3), p(-2))
    var t = Text("hello world")
    print(t[0], t[4], t[0:5], t[6:], t[:4])
