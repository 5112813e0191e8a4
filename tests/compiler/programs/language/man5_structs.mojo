# Structs: fields, constructors, methods, static methods, comptime members,
# @fieldwise_init and conformance to Writable and Equatable.

@fieldwise_init
struct Point(ImplicitlyCopyable, Equatable, Writable):
    var x: Int
    var y: Int

    comptime ORIGIN = Point(0, 0)

    def manhattan(self) -> Int:
        return abs(self.x) + abs(self.y)

    def moved(self, dx: Int, dy: Int) -> Point:
        return Point(self.x + dx, self.y + dy)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")


struct Rectangle(Writable):
    var corner: Point
    var width: Int
    var height: Int

    def __init__(out self, width: Int, height: Int):
        self.corner = Point.ORIGIN
        self.width = width
        self.height = height

    def __init__(out self, corner: Point, width: Int, height: Int):
        self.corner = corner.copy()
        self.width = width
        self.height = height

    @staticmethod
    def square(side: Int) -> Rectangle:
        return Rectangle(side, side)

    def area(self) -> Int:
        return self.width * self.height

    def contains(self, p: Point) -> Bool:
        return (
            p.x >= self.corner.x
            and p.x < self.corner.x + self.width
            and p.y >= self.corner.y
            and p.y < self.corner.y + self.height
        )

    def grow(mut self, by: Int):
        self.width += by
        self.height += by

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Rectangle(", self.corner, ", ", self.width, "x", self.height, ")")


def main():
    var p = Point(3, -4)
    print(p, p.manhattan(), p.moved(1, 1))
    print(p == Point(3, -4), p != Point.ORIGIN)
    var r = Rectangle(Point(1, 1), 4, 2)
    print(r, "area", r.area())
    print(r.contains(Point(2, 2)), r.contains(Point(5, 1)))
    r.grow(2)
    print(r, "area", r.area())
    var sq = Rectangle.square(3)
    print(sq, sq.contains(Point.ORIGIN))
    var q = p.copy()
    q.x = 100
    print(p.x, q.x)
