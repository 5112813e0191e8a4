# User-defined keys: __hash__ and __eq__ so structs work in Dict and Set; Comparable for sort.
from std.hash import Hasher
from std.collections import Set


@fieldwise_init
struct Point(KeyElement, Writable, Comparable, ImplicitlyCopyable):
    var x: Int
    var y: Int

    def __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    def __ne__(self, other: Self) -> Bool:
        return not self == other

    def __lt__(self, other: Self) -> Bool:
        if self.x != other.x:
            return self.x < other.x
        return self.y < other.y

    def __le__(self, other: Self) -> Bool:
        return not other < self

    def __gt__(self, other: Self) -> Bool:
        return other < self

    def __ge__(self, other: Self) -> Bool:
        return not self < other

    def __hash__(self, mut hasher: Some[Hasher]):
        self.x.__hash__(hasher)
        self.y.__hash__(hasher)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ",", self.y, ")")


def main() raises:
    var visits = Dict[Point, Int]()
    var path: List[Point] = [Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 0), Point(1, 1), Point(0, 0)]
    for p in path:
        visits[p] = visits.get(p, 0) + 1
    var keys = List[Point]()
    for k in visits.keys():
        keys.append(k)
    sort(keys)
    for k in keys:
        print(k, "visited", visits[k])
    var seen = Set[Point]()
    for p in path:
        seen.add(p)
    print("unique", len(seen), Point(1, 0) in seen, Point(5, 5) in seen)
    print(Point(1, 2) < Point(1, 3), Point(2, 0) > Point(1, 9), Point(1, 1) <= Point(1, 1), Point(0, 5) >= Point(1, 0))
    print(max(Point(3, 1), Point(2, 9)), min(Point(3, 1), Point(3, 0)))
    var pts: List[Point] = [Point(3, 3), Point(-1, 2), Point(3, -3), Point(0, 0)]
    sort(pts)
    for p in pts:
        print(p, end=" ")
    print()
