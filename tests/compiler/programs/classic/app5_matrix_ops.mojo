# A small dense matrix library: operators, transpose, identity, determinant.

struct Matrix(Copyable, Writable, Equatable):
    var rows: Int
    var cols: Int
    var data: List[Float64]

    def __init__(out self, rows: Int, cols: Int, fill: Float64 = 0.0):
        self.rows = rows
        self.cols = cols
        self.data = List[Float64](length=rows * cols, fill=fill)

    @staticmethod
    def identity(n: Int) -> Matrix:
        var m = Matrix(n, n)
        for i in range(n):
            m[i, i] = 1.0
        return m^

    @staticmethod
    def from_rows(rows: List[List[Float64]]) -> Matrix:
        var m = Matrix(len(rows), len(rows[0]))
        for r in range(len(rows)):
            for c in range(len(rows[r])):
                m[r, c] = rows[r][c]
        return m^

    def __getitem__(self, r: Int, c: Int) -> Float64:
        return self.data[r * self.cols + c]

    def __setitem__(mut self, r: Int, c: Int, v: Float64):
        self.data[r * self.cols + c] = v

    def __add__(self, other: Matrix) -> Matrix:
        var out = Matrix(self.rows, self.cols)
        for i in range(len(self.data)):
            out.data[i] = self.data[i] + other.data[i]
        return out^

    def __sub__(self, other: Matrix) -> Matrix:
        var out = Matrix(self.rows, self.cols)
        for i in range(len(self.data)):
            out.data[i] = self.data[i] - other.data[i]
        return out^

    def __mul__(self, k: Float64) -> Matrix:
        var out = self.copy()
        for ref x in out.data:
            x *= k
        return out^

    def __matmul__(self, other: Matrix) raises -> Matrix:
        if self.cols != other.rows:
            raise Error("shape mismatch: ", self.rows, "x", self.cols, " @ ", other.rows, "x", other.cols)
        var out = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            for j in range(other.cols):
                var acc = 0.0
                for k in range(self.cols):
                    acc += self[i, k] * other[k, j]
                out[i, j] = acc
        return out^

    def __eq__(self, other: Matrix) -> Bool:
        if self.rows != other.rows or self.cols != other.cols:
            return False
        for i in range(len(self.data)):
            if self.data[i] != other.data[i]:
                return False
        return True

    def transpose(self) -> Matrix:
        var t = Matrix(self.cols, self.rows)
        for r in range(self.rows):
            for c in range(self.cols):
                t[c, r] = self[r, c]
        return t^

    def det(self) raises -> Float64:
        if self.rows != self.cols:
            raise Error("det of non-square matrix")
        var a = self.copy()
        var n = self.rows
        var result = 1.0
        for col in range(n):
            var pivot = col
            for r in range(col + 1, n):
                if abs(a[r, col]) > abs(a[pivot, col]):
                    pivot = r
            if a[pivot, col] == 0.0:
                return 0.0
            if pivot != col:
                for c in range(n):
                    var tmp = a[col, c]
                    a[col, c] = a[pivot, c]
                    a[pivot, c] = tmp
                result = -result
            result *= a[col, col]
            for r in range(col + 1, n):
                var f = a[r, col] / a[col, col]
                for c in range(col, n):
                    a[r, c] = a[r, c] - f * a[col, c]
        return result

    def write_to(self, mut writer: Some[Writer]):
        for r in range(self.rows):
            writer.write("[")
            for c in range(self.cols):
                if c > 0:
                    writer.write(", ")
                writer.write(self[r, c])
            writer.write("]\n")


def main() raises:
    var a = Matrix.from_rows([[1.0, 2.0], [3.0, 4.0]])
    var b = Matrix.from_rows([[0.5, -1.0], [2.0, 0.0]])
    print(a + b, end="")
    print(a - b, end="")
    print(a * 2.0, end="")
    print(a @ b, end="")
    print(a @ Matrix.identity(2) == a)
    print(a.transpose(), end="")
    print("det a =", a.det())
    var c = Matrix.from_rows([[2.0, 0.0, 1.0], [1.0, 3.0, 2.0], [1.0, 1.0, 1.0]])
    print("det c =", c.det())
    var r = Matrix.from_rows([[1.0, 2.0, 3.0]])
    print(r @ r.transpose(), end="")
    print(r.transpose() @ r, end="")
    try:
        _ = r @ r
    except e:
        print("error:", e)
    try:
        _ = r.det()
    except e:
        print("error:", e)
