# Generic structs with several parameters and trait constraints, methods that require more.


@fieldwise_init
struct Pair[A: Copyable & Writable & Deinitable, B: Copyable & Writable & Deinitable](Copyable, Writable):
    var first: Self.A
    var second: Self.B

    def swap(self) -> Pair[Self.B, Self.A]:
        return Pair[Self.B, Self.A](self.second.copy(), self.first.copy())

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.first, ", ", self.second, ")")


def max_by_key[T: Copyable & Comparable & Deinitable](items: List[T]) raises -> T:
    if len(items) == 0:
        raise Error("max of empty list")
    var best = items[0].copy()
    for i in range(1, len(items)):
        if items[i] > best:
            best = items[i].copy()
    return best^


def count_equal[T: Equatable & Copyable](items: List[T], target: T) -> Int:
    var n = 0
    for x in items:
        if x == target:
            n += 1
    return n


def main():
    var p = Pair[Int, String](1, "one")
    print(p, p.swap())
    var q = Pair[Float64, Bool](2.5, True)
    print(q, q.swap().swap())
    var ints: List[Int] = [4, 9, 2, 9, 1]
    var strs: List[String] = ["pear", "apple", "zoo", "kiwi"]
    try:
        print(max_by_key(ints), max_by_key(strs))
        print(max_by_key(List[Int]()))
    except e:
        print("error:", e)
    print(count_equal(ints, 9), count_equal(strs, "kiwi"), count_equal(strs, "fig"))
