# Parameters: struct and function parameters, keyword parameters, defaults, inference from
# arguments, comptime expressions computed from parameters.


struct Matrix[rows: Int, cols: Int](Writable):
    var data: List[Int]

    def __init__(out self, fill: Int):
        self.data = List[Int](length=Self.rows * Self.cols, fill=fill)

    def __getitem__(self, r: Int, c: Int) -> Int:
        return self.data[r * Self.cols + c]

    def __setitem__(mut self, r: Int, c: Int, v: Int):
        self.data[r * Self.cols + c] = v

    def transpose(self) -> Matrix[Self.cols, Self.rows]:
        var t = Matrix[Self.cols, Self.rows](0)
        for r in range(Self.rows):
            for c in range(Self.cols):
                t[c, r] = self[r, c]
        return t^

    def write_to(self, mut writer: Some[Writer]):
        for r in range(Self.rows):
            writer.write("[")
            for c in range(Self.cols):
                if c > 0:
                    writer.write(" ")
                writer.write(self[r, c])
            writer.write("]\n")


def matmul[n: Int, m: Int, p: Int](a: Matrix[n, m], b: Matrix[m, p]) -> Matrix[n, p]:
    var out = Matrix[n, p](0)
    for i in range(n):
        for j in range(p):
            var s = 0
            for k in range(m):
                s += a[i, k] * b[k, j]
            out[i, j] = s
    return out^


def repeat[count: Int = 3, sep: StringLiteral = ","](s: String) -> String:
    var out = String()
    comptime for i in range(count):
        comptime if i > 0:
            out += sep
        out += s
    return out


def scaled[factor: Int](x: Int) -> Int:
    comptime double = factor * 2
    return x * double


def describe[T: Writable & Copyable](value: T, times: Int = 2) -> String:
    var out = String()
    for _ in range(times):
        out += String(value) + ";"
    return out


def main():
    var a = Matrix[2, 3](0)
    for r in range(2):
        for c in range(3):
            a[r, c] = r * 3 + c + 1
    print(a, end="")
    var t = a.transpose()
    print(t, end="")
    var p = matmul(a, t)
    print(p, end="")
    print(repeat("ab"), repeat[2]("x"), repeat[sep="|"]("y"), repeat[count=4, sep="-"]("z"))
    print(scaled[5](3), scaled[factor=-1](7))
    print(describe(42), describe("hi", 3), describe(2.5, times=1))
