# Pointers: Pointer(to=...) for safe references, OwnedPointer for unique heap
# ownership, ArcPointer for shared ownership, and a heap-allocated buffer.
from std.memory import OwnedPointer, ArcPointer


@fieldwise_init
struct Counter(Copyable, Writable):
    var hits: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Counter(", self.hits, ")")


def bump(p: Pointer[Counter, _]):
    pass


def increment_all(mut values: List[Int], by: Int):
    for i in range(len(values)):
        var p = Pointer(to=values[i])
        p[] += by


def main():
    var c = Counter(0)
    var p = Pointer(to=c)
    p[].hits += 1
    p[].hits += 1
    print(c, p[])

    var values: List[Int] = [1, 2, 3]
    increment_all(values, 10)
    print(values)

    var owned = OwnedPointer(Counter(5))
    owned[].hits *= 3
    print(owned[])

    var shared = ArcPointer(Counter(1))
    var alias_ = shared
    alias_[].hits = 99
    print(shared[], "refs", shared.count())
    _ = alias_^
    print("refs after drop", shared.count())

    var numbers: List[Float64] = [1.5, 2.5, 3.0]
    var total = 0.0
    for i in range(len(numbers)):
        var ref_ = Pointer(to=numbers[i])
        total += ref_[]
    print("total", total)
