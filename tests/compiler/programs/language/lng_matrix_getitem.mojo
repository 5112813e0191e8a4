# A row-major Matrix with two-index __getitem__/__setitem__, matrix
# multiplication through __matmul__, and a transpose.


struct Matrix(Copyable, Writable):
    var rows: Int
    var cols: Int
    var data: List[Float64]

    def __init__(out self, rows: Int, cols: Int):
        self.rows = rows
        self.cols = cols
        self.data = List[Float64](length=rows * cols, fill=0.0)

    def __getitem__(self, i: Int, j: Int) -> Float64:
        return self.data[i * self.cols + j]

    def __setitem__(mut self, i: Int, j: Int, v: Float64):
        self.data[i * self.cols + j] = v

    def __matmul__(self, other: Self) -> Self:
        var out = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            for j in range(other.cols):
                var acc = 0.0
                for k in range(self.cols):
                    acc += self[i, k] * other[k, j]
                out[i, j] = acc
        return out^

    def transpose(self) -> Self:
        var t = Matrix(self.cols, self.rows)
        for i in range(self.rows):
            for j in range(self.cols):
                t[j, i] = self[i, j]
        return t^

    def write_to(self, mut writer: Some[Writer]):
        for i in range(self.rows):
            writer.write("[")
            for j in range(self.cols):
                if j > 0:
                    writer.write(" ")
                writer.write(self[i, j])
            writer.write("]")
            if i < self.rows - 1:
                writer.write("\n")


def identity(n: Int) -> Matrix:
    var m = Matrix(n, n)
    for i in range(n):
        m[i, i] = 1.0
    return m^


def main():
    var a = Matrix(2, 3)
    var v = 1.0
    for i in range(2):
        for j in range(3):
            a[i, j] = v
            v += 1.0
    print(a)
    print("a[1, 2] =", a[1, 2])
    var t = a.transpose()
    print(t)
    var p = a @ t
    print("a @ a^T:")
    print(p)
    var q = identity(3) @ t
    print("I @ t rows:", q.rows, "cols:", q.cols, "q[2,1] =", q[2, 1])
    p[0, 0] += 0.5
    print(p[0, 0])
