@fieldwise_init
struct Vec2(ImplicitlyCopyable, Writable, Equatable):
    var x: Float64
    var y: Float64

    def __add__(self, other: Self) -> Self:
        return Vec2(self.x + other.x, self.y + other.y)

    def __sub__(self, other: Self) -> Self:
        return Vec2(self.x - other.x, self.y - other.y)

    def __mul__(self, k: Float64) -> Self:
        return Vec2(self.x * k, self.y * k)

    def __rmul__(self, k: Float64) -> Self:
        return self * k

    def __neg__(self) -> Self:
        return Vec2(-self.x, -self.y)

    def __iadd__(mut self, other: Self):
        self.x += other.x
        self.y += other.y

    def __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")


struct Grid(Sized):
    var cells: List[Int]
    var cols: Int

    def __init__(out self, rows: Int, cols: Int):
        self.cells = List[Int](length=rows * cols, fill=0)
        self.cols = cols

    def __getitem__(self, r: Int, c: Int) -> Int:
        return self.cells[r * self.cols + c]

    def __setitem__(mut self, r: Int, c: Int, v: Int):
        self.cells[r * self.cols + c] = v

    def __len__(self) -> Int:
        return len(self.cells)

    def __contains__(self, v: Int) -> Bool:
        return v in self.cells


def main():
    var a = Vec2(1, 2)
    var b = Vec2(0.5, -1)
    print(a + b, a - b, a * 2, 3.0 * b, -a)
    a += b
    print(a, a == Vec2(1.5, 1), a != b)
    var g = Grid(2, 3)
    g[1, 2] = 5
    print(g[1, 2], g[0, 0], len(g), 5 in g, 6 in g)
