# A user sequence type taking slices in __getitem__ (Slice with optional
# bounds, indices() against the length), plus __setitem__ and __len__.


struct IntSeq(Sized, Writable):
    var items: List[Int]

    def __init__(out self, n: Int):
        self.items = List[Int]()
        for i in range(n):
            self.items.append(i * i)

    def __init__(out self, var items: List[Int]):
        self.items = items^

    def __len__(self) -> Int:
        return len(self.items)

    def __getitem__(self, i: Int) -> Int:
        return self.items[i]

    def __getitem__(self, s: Slice) -> Self:
        var start, end, step = s.indices(len(self.items))
        var out = List[Int]()
        for i in range(start, end, step):
            out.append(self.items[i])
        return Self(out^)

    def __setitem__(mut self, i: Int, v: Int):
        self.items[i] = v

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Seq", self.items)


def main():
    var s = IntSeq(8)
    print(s, len(s))
    print(s[2:5], s[:3], s[5:], s[::2], s[1::3])
    print(s[-3:], s[:-5], s[::-1], s[6:1:-2])
    print(s[100:], s[-100:2])
    s[0] = 42
    print(s[0], s[0:2])
