@fieldwise_init
struct Point(Copyable, Writable, Equatable):
    var x: Int
    var y: Int

    def __add__(self, other: Point) -> Point:
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other: Point) -> Bool:
        return self.x == other.x and self.y == other.y

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Point(", self.x, ", ", self.y, ")")

    def manhattan(self) -> Int:
        return abs(self.x) + abs(self.y)

    @staticmethod
    def origin() -> Point:
        return Point(0, 0)

struct ClickCounter(Writable):
    var count: Int
    var name: String

    def __init__(out self, name: String):
        self.count = 0
        self.name = name

    def incr(mut self, by: Int = 1):
        self.count += by

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, "=", self.count)

def main():
    var p = Point(1, 2)
    var q = Point(3, -4)
    print(p + q, (p + q).manhattan())
    print(p == Point(1, 2), p != q)
    print(Point.origin())
    var c = ClickCounter("clicks")
    c.incr()
    c.incr(5)
    print(String(c), c.count)
    var pts: List[Point] = [Point(1, 1), Point(2, 2)]
    pts.append(Point(3, 3))
    var sum = Point.origin()
    for pt in pts:
        sum = sum + pt
    print(sum, len(pts))
    var r = p.copy()
    r.x = 100
    print(p, r)
    print(String(p), repr(1))
