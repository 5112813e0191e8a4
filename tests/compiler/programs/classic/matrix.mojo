struct Matrix(Copyable):
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


def main():
    var a = Matrix(2, 2)
    a[0, 0] = 1.0
    a[0, 1] = 2.0
    a[1, 0] = 3.0
    a[1, 1] = 4.0
    var b = a @ a
    for i in range(2):
        var row = String()
        for j in range(2):
            row += String(b[i, j]).ascii_rjust(6)
        print(row)
