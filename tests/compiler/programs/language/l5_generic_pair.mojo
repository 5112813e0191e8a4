# Generic structs with two type parameters and methods with their own parameters.


@fieldwise_init
struct Pair[A: Copyable & Writable & Deinitable, B: Copyable & Writable & Deinitable](Copyable, Writable):
    var first: Self.A
    var second: Self.B

    def swap(self) -> Pair[Self.B, Self.A]:
        return Pair[Self.B, Self.A](self.second.copy(), self.first.copy())

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.first, ", ", self.second, ")")


def make_pair[A: Copyable & Writable & Deinitable, B: Copyable & Writable & Deinitable](a: A, b: B) -> Pair[A, B]:
    return Pair[A, B](a.copy(), b.copy())


def largest[T: Comparable & Copyable & Deinitable](xs: List[T]) -> T:
    var best = xs[0].copy()
    for x in xs:
        if x > best:
            best = x.copy()
    return best^


def main():
    var p = Pair[Int, String](1, "one")
    print(p)
    print(p.swap())
    var q = make_pair(3.5, True)
    print(q, q.first, q.second)
    print(largest([3, 9, 2]))
    print(largest(["pear", "apple", "zoo", "kiwi"]))
    print(largest([1.5, -2.0]))
