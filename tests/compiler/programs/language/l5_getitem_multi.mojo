# A matrix struct with __getitem__/__setitem__ over two indexes, plus __contains__ and __len__.


struct Matrix(Writable, Sized):
    var rows: Int
    var cols: Int
    var data: List[Float64]

    def __init__(out self, rows: Int, cols: Int):
        self.rows = rows
        self.cols = cols
        self.data = List[Float64](length=rows * cols, fill=0.0)

    def __getitem__(self, r: Int, c: Int) -> Float64:
        return self.data[r * self.cols + c]

    def __setitem__(mut self, r: Int, c: Int, value: Float64):
        self.data[r * self.cols + c] = value

    def __len__(self) -> Int:
        return self.rows * self.cols

    def __contains__(self, value: Float64) -> Bool:
        for x in self.data:
            if x == value:
                return True
        return False

    def __matmul__(self, other: Self) -> Self:
        var out = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            for j in range(other.cols):
                var s = 0.0
                for k in range(self.cols):
                    s += self[i, k] * other[k, j]
                out[i, j] = s
        return out^

    def write_to(self, mut writer: Some[Writer]):
        for i in range(self.rows):
            writer.write("[")
            for j in range(self.cols):
                if j > 0:
                    writer.write(", ")
                writer.write(self[i, j])
            writer.write("]\n")


def main():
    var a = Matrix(2, 3)
    var b = Matrix(3, 2)
    for i in range(2):
        for j in range(3):
            a[i, j] = Float64(i + j)
            b[j, i] = Float64(i * j + 1)
    print(a, end="")
    print(b, end="")
    var c = a @ b
    print(c, end="")
    print(len(c), 5.0 in c, 99.0 in c)
    a[1, 2] += 10.0
    print(a[1, 2])
