# OwnedPointer for unique heap ownership and ArcPointer for shared, reference-counted data.
from std.memory import OwnedPointer, ArcPointer


struct Counter(Movable):
    var name: String
    var hits: Int

    def __init__(out self, name: String):
        self.name = name
        self.hits = 0

    def __deinit__(deinit self):
        print("drop counter", self.name, "with", self.hits, "hits")


def main():
    var owned = OwnedPointer(Counter("solo"))
    owned[].hits += 3
    print("owned hits:", owned[].hits)

    var shared = ArcPointer(Counter("team"))
    var other = shared
    other[].hits += 5
    shared[].hits += 1
    print("shared hits:", shared[].hits, "count:", shared.count())
    _ = other^
    print("after one owner gone:", shared.count())

    var nums = ArcPointer(List[Int]())
    var alias2 = nums
    alias2[].append(10)
    nums[].append(20)
    print("list through arc:", nums[])
    print("end of main")
