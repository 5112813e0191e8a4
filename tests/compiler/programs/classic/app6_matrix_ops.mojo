# A small dense matrix library with operator overloading, transpose,
# determinant by Gaussian elimination and solving a linear system.


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
    def from_list(rows: Int, cols: Int, vals: List[Float64]) raises -> Matrix:
        if len(vals) != rows * cols:
            raise Error("shape mismatch: " + String(len(vals)) + " values for " + String(rows) + "x" + String(cols))
        var m = Matrix(rows, cols)
        m.data = vals.copy()
        return m^

    def __getitem__(self, r: Int, c: Int) -> Float64:
        return self.data[r * self.cols + c]

    def __setitem__(mut self, r: Int, c: Int, v: Float64):
        self.data[r * self.cols + c] = v

    def __add__(self, o: Self) raises -> Self:
        if self.rows != o.rows or self.cols != o.cols:
            raise Error("add: shape mismatch")
        var m = Matrix(self.rows, self.cols)
        for i in range(len(self.data)):
            m.data[i] = self.data[i] + o.data[i]
        return m^

    def __sub__(self, o: Self) raises -> Self:
        return self + o * -1.0

    def __mul__(self, k: Float64) -> Self:
        var m = self.copy()
        for ref x in m.data:
            x *= k
        return m^

    def __matmul__(self, o: Self) raises -> Self:
        if self.cols != o.rows:
            raise Error("matmul: " + String(self.cols) + " != " + String(o.rows))
        var m = Matrix(self.rows, o.cols)
        for i in range(self.rows):
            for k in range(self.cols):
                var a = self[i, k]
                for j in range(o.cols):
                    m[i, j] += a * o[k, j]
        return m^

    def __eq__(self, o: Self) -> Bool:
        if self.rows != o.rows or self.cols != o.cols:
            return False
        for i in range(len(self.data)):
            if abs(self.data[i] - o.data[i]) > 1e-9:
                return False
        return True

    def transpose(self) -> Self:
        var m = Matrix(self.cols, self.rows)
        for i in range(self.rows):
            for j in range(self.cols):
                m[j, i] = self[i, j]
        return m^

    def det(self) raises -> Float64:
        if self.rows != self.cols:
            raise Error("det of non-square matrix")
        var a = self.copy()
        var n = self.rows
        var d = 1.0
        for col in range(n):
            var piv = col
            for r in range(col + 1, n):
                if abs(a[r, col]) > abs(a[piv, col]):
                    piv = r
            if abs(a[piv, col]) < 1e-12:
                return 0.0
            if piv != col:
                for j in range(n):
                    var t = a[col, j]
                    a[col, j] = a[piv, j]
                    a[piv, j] = t
                d = -d
            d *= a[col, col]
            for r in range(col + 1, n):
                var f = a[r, col] / a[col, col]
                for j in range(col, n):
                    a[r, j] -= f * a[col, j]
        return d

    def write_to(self, mut writer: Some[Writer]):
        for i in range(self.rows):
            writer.write("[")
            for j in range(self.cols):
                if j:
                    writer.write(", ")
                writer.write(round(self[i, j], 4))
            writer.write("]\n")


def solve(a: Matrix, b: List[Float64]) raises -> List[Float64]:
    var n = a.rows
    var m = Matrix(n, n + 1)
    for i in range(n):
        for j in range(n):
            m[i, j] = a[i, j]
        m[i, n] = b[i]
    for col in range(n):
        var piv = col
        for r in range(col + 1, n):
            if abs(m[r, col]) > abs(m[piv, col]):
                piv = r
        if abs(m[piv, col]) < 1e-12:
            raise Error("singular matrix")
        for j in range(n + 1):
            var t = m[col, j]
            m[col, j] = m[piv, j]
            m[piv, j] = t
        for r in range(n):
            if r != col:
                var f = m[r, col] / m[col, col]
                for j in range(col, n + 1):
                    m[r, j] -= f * m[col, j]
    var x = List[Float64]()
    for i in range(n):
        x.append(m[i, n] / m[i, i])
    return x^


def main() raises:
    var a = Matrix.from_list(2, 3, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
    var b = Matrix.from_list(3, 2, [7.0, 8.0, 9.0, 10.0, 11.0, 12.0])
    print("A =")
    print(a, end="")
    print("A^T =")
    print(a.transpose(), end="")
    var c = a @ b
    print("A @ B =")
    print(c, end="")
    print("C - C*0.5 =")
    print(c - c * 0.5, end="")
    print("I == I @ I:", Matrix.identity(3) == Matrix.identity(3) @ Matrix.identity(3))
    print("A == A^T^T:", a == a.transpose().transpose())
    var s = Matrix.from_list(3, 3, [2.0, -1.0, 0.0, -1.0, 2.0, -1.0, 0.0, -1.0, 2.0])
    print("det(S) =", s.det())
    print("det(I4) =", Matrix.identity(4).det())
    var x = solve(s, [1.0, 0.0, 1.0])
    print("solve:", x)
    try:
        _ = a @ a
    except e:
        print("error:", e)
    try:
        _ = a.det()
    except e:
        print("error:", e)
    try:
        _ = Matrix.from_list(2, 2, [1.0])
    except e:
        print("error:", e)
    try:
        _ = solve(Matrix.from_list(2, 2, [1.0, 2.0, 2.0, 4.0]), [1.0, 1.0])
    except e:
        print("error:", e)
