from std.utils import Variant


@fieldwise_init
struct Circle(Copyable):
    var r: Float64


@fieldwise_init
struct Rect(Copyable):
    var w: Float64
    var h: Float64


comptime Shape = Variant[Circle, Rect]


def area(s: Shape) -> Float64:
    if s.isa[Circle]():
        var c = s[Circle].copy()
        return 3.0 * c.r * c.r
    var r = s[Rect].copy()
    return r.w * r.h


def main():
    var shapes = List[Shape]()
    shapes.append(Shape(Circle(1.0)))
    shapes.append(Shape(Rect(2.0, 3.0)))
    shapes.append(Shape(Circle(2.0)))
    var total = 0.0
    var circles = 0
    for s in shapes:
        total += area(s)
        if s.isa[Circle]():
            circles += 1
    print("total area", total, "circles", circles)
    var v = Variant[Int, String](42)
    print(v.isa[Int](), v[Int])
    v = String("now text")
    print(v.isa[String](), v[String])
