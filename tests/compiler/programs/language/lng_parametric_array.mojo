# A fixed-size parametric array with a value parameter, comptime members,
# parameter inference in free functions, and @parameter-free comptime for.


struct FixedVec[T: Copyable & Writable & Deinitable, size: Int](Sized, Writable):
    comptime capacity = Self.size
    var data: List[Self.T]

    def __init__(out self, fill: Self.T):
        self.data = List[Self.T]()
        for _ in range(Self.size):
            self.data.append(fill.copy())

    def __getitem__(self, i: Int) -> Self.T:
        return self.data[i].copy()

    def __setitem__(mut self, i: Int, var v: Self.T):
        self.data[i] = v^

    def __len__(self) -> Int:
        return Self.size

    def write_to(self, mut writer: Some[Writer]):
        writer.write("FixedVec[", Self.size, "](")
        for i in range(Self.size):
            if i:
                writer.write(", ")
            writer.write(self.data[i])
        writer.write(")")


def first_last[T: Copyable & Writable & Deinitable, n: Int](v: FixedVec[T, n]) -> String:
    return String(v[0], "..", v[n - 1])


def squares[n: Int]() -> FixedVec[Int, n]:
    var v = FixedVec[Int, n](0)
    comptime for i in range(n):
        v[i] = i * i
    return v^


comptime Vec3 = FixedVec[Float64, 3]


def main():
    var v = FixedVec[Int, 4](7)
    v[2] = 42
    print(v, len(v), v.capacity)
    print(first_last(v))
    var s = squares[6]()
    print(s)
    var p = Vec3(0.5)
    p[1] = 1.5
    print(p, Vec3.capacity)
    var names = FixedVec[String, 2]("?")
    names[0] = "left"
    print(names, first_last(names))
