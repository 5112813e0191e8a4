# A custom sequence supporting integer indexing (with negatives) and slicing via Slice.


struct Seq(Writable, Sized):
    var items: List[Int]

    def __init__(out self, var items: List[Int]):
        self.items = items^

    def __len__(self) -> Int:
        return len(self.items)

    def __getitem__(self, i: Int) -> Int:
        var idx = i
        if idx < 0:
            idx += len(self.items)
        return self.items[idx]

    def __getitem__(self, s: Slice) -> Self:
        var start, end, step = s.indices(len(self.items))
        var out = List[Int]()
        var i = start
        if step > 0:
            while i < end:
                out.append(self.items[i])
                i += step
        else:
            while i > end:
                out.append(self.items[i])
                i += step
        return Seq(out^)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Seq", self.items)


def main():
    var s = Seq([10, 20, 30, 40, 50, 60])
    print(s[0], s[-1], s[2])
    print(s[1:4])
    print(s[:3])
    print(s[3:])
    print(s[::2])
    print(s[::-1])
    print(s[-2:])
    print(len(s[1:5:2]))
