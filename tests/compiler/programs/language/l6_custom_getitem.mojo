# Container protocol: __getitem__/__setitem__ with multiple indices and slices, __contains__,
# __len__, __iter__-free iteration by index, __bool__.


struct Grid(Sized, Boolable, Writable):
    var w: Int
    var h: Int
    var cells: List[String]

    def __init__(out self, w: Int, h: Int):
        self.w = w
        self.h = h
        self.cells = List[String](length=w * h, fill=".")

    def __len__(self) -> Int:
        return self.w * self.h

    def __bool__(self) -> Bool:
        for c in self.cells:
            if c != ".":
                return True
        return False

    def __getitem__(self, x: Int, y: Int) -> String:
        return self.cells[y * self.w + x]

    def __setitem__(mut self, x: Int, y: Int, v: String):
        self.cells[y * self.w + x] = v

    def __contains__(self, v: String) -> Bool:
        for c in self.cells:
            if c == v:
                return True
        return False

    def write_to(self, mut writer: Some[Writer]):
        for y in range(self.h):
            for x in range(self.w):
                writer.write(self[x, y])
            writer.write("\n")


struct Series(Sized, Writable):
    var data: List[Int]

    def __init__(out self, n: Int):
        self.data = List[Int]()
        for i in range(n):
            self.data.append(i * i)

    def __init__(out self, var data: List[Int]):
        self.data = data^

    def __len__(self) -> Int:
        return len(self.data)

    def __getitem__(self, i: Int) -> Int:
        var idx = i if i >= 0 else len(self.data) + i
        return self.data[idx]

    def __getitem__(self, s: Slice) -> Series:
        var start, end, step = s.indices(len(self.data))
        var out = List[Int]()
        var i = start
        if step > 0:
            while i < end:
                out.append(self.data[i])
                i += step
        else:
            while i > end:
                out.append(self.data[i])
                i += step
        return Series(out^)

    def __contains__(self, v: Int) -> Bool:
        return v in self.data

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Series", self.data)


def main():
    var g = Grid(4, 3)
    print("empty grid truthy:", Bool(g), "len", len(g))
    g[1, 1] = "#"
    g[3, 2] = "@"
    print(g, end="")
    print("truthy:", Bool(g), "has #:", "#" in g, "has $:", "$" in g, "not in:", "$" not in g)
    var s = Series(10)
    print(s)
    print(s[3], s[-1], s[-10])
    print(s[2:5])
    print(s[::3])
    print(s[::-2])
    print(s[7:2:-1])
    print(s[-3:])
    print(s[:0], len(s[:0]))
    print(49 in s, 50 in s, 50 not in s)
