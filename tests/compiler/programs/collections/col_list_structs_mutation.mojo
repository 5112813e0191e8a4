@fieldwise_init
struct Point(Copyable, Movable, Writable, Equatable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")


def main() raises:
    var pts: List[Point] = [Point(1, 2), Point(3, 4), Point(5, 6)]
    pts[0].x = 10
    for ref p in pts:
        p.y *= 2
    print(pts)
    for p in pts:
        print(p.x + p.y)
    print(Point(3, 8) in pts, Point(0, 0) in pts)
    print(pts.index(Point(5, 12)))
    print(pts.count(Point(3, 8)))
    pts.append(Point(3, 8))
    print(pts.count(Point(3, 8)))
    var moved = pts.pop(1)
    print(moved, len(pts))
    var other = pts.copy()
    other[0].x = -1
    print(pts[0], other[0], pts == other)
    other[0].x = 10
    print(pts == other)
    var xs = [p.x for p in pts]
    print(xs)
    pts.reverse()
    print(pts)
