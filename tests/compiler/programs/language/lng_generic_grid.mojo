# A generic 2-D grid with two-index __getitem__/__setitem__, a map method
# taking a compile-time function, and a generic reduction.


struct Grid[T: Copyable & Writable & Deinitable](Writable):
    var w: Int
    var h: Int
    var cells: List[Self.T]

    def __init__(out self, w: Int, h: Int, fill: Self.T):
        self.w = w
        self.h = h
        self.cells = List[Self.T](length=w * h, fill=fill)

    def __getitem__(self, x: Int, y: Int) -> Self.T:
        return self.cells[y * self.w + x].copy()

    def __setitem__(mut self, x: Int, y: Int, var v: Self.T):
        self.cells[y * self.w + x] = v^

    def write_to(self, mut writer: Some[Writer]):
        for y in range(self.h):
            for x in range(self.w):
                if x:
                    writer.write(" ")
                writer.write(self[x, y])
            if y < self.h - 1:
                writer.write("\n")


def transform[f: def(Int) thin -> Int](g: Grid[Int]) -> Grid[Int]:
    var out = Grid[Int](g.w, g.h, 0)
    for y in range(g.h):
        for x in range(g.w):
            out[x, y] = f(g[x, y])
    return out^


def square(v: Int) -> Int:
    return v * v


def main():
    var g = Grid[Int](3, 2, 1)
    g[1, 0] = 5
    g[2, 1] = 7
    g[0, 1] += 2
    print(g)
    print(transform[square](g))
    var labels = Grid[String](2, 2, ".")
    labels[0, 0] = "#"
    labels[1, 1] = "@"
    print(labels)
    print(labels[1, 1], g[2, 1])
