from std.collections import Set
from std.hash import Hasher

# A user struct as a Dict key and Set element: Hashable, Equatable and
# Copyable, with __hash__ feeding the fields to the hasher.


@fieldwise_init
struct Point(Copyable, Hashable, Equatable, Writable):
    var x: Int
    var y: Int

    def __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    def __hash__(self, mut hasher: Some[Hasher]):
        self.x.__hash__(hasher)
        self.y.__hash__(hasher)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("P(", self.x, ",", self.y, ")")


def main() raises:
    var visits = Dict[Point, Int]()
    var path: List[Point] = [Point(0, 0), Point(1, 0), Point(0, 0), Point(1, 1), Point(1, 0), Point(0, 0)]
    for p in path:
        visits[p.copy()] = visits.get(p, 0) + 1
    print("distinct:", len(visits))
    print("origin visits:", visits[Point(0, 0)])
    print(Point(1, 1) in visits, Point(5, 5) in visits)
    for entry in visits.items():
        print(entry.key, "->", entry.value)
    print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(1, 2)) == hash(Point(2, 1)))
    var seen = Set[Point]()
    for p in path:
        seen.add(p.copy())
    print("set size:", len(seen))
