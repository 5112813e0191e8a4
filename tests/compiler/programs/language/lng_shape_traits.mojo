# A Shape trait hierarchy: required methods, defaults that call required
# ones, an inheriting trait, and generic functions bounded by the traits.

from std.math import pi


trait Shape:
    def area(self) -> Float64:
        ...

    def name(self) -> String:
        ...

    def describe(self) -> String:
        return self.name() + " with area " + String(self.area())


trait Polygon(Shape):
    def sides(self) -> Int:
        ...

    def describe(self) -> String:
        return self.name() + " (" + String(self.sides()) + " sides), area " + String(self.area())


@fieldwise_init
struct Circle(Shape, Copyable):
    var r: Float64

    def area(self) -> Float64:
        return pi * self.r * self.r

    def name(self) -> String:
        return "circle"


@fieldwise_init
struct Rect(Polygon, Copyable):
    var w: Float64
    var h: Float64

    def area(self) -> Float64:
        return self.w * self.h

    def name(self) -> String:
        return "rect"

    def sides(self) -> Int:
        return 4

    def describe(self) -> String:
        return "a " + String(self.w) + "x" + String(self.h) + " rect"


@fieldwise_init
struct Triangle(Polygon, Copyable):
    var base: Float64
    var height: Float64

    def area(self) -> Float64:
        return 0.5 * self.base * self.height

    def name(self) -> String:
        return "triangle"

    def sides(self) -> Int:
        return 3

    def describe(self) -> String:
        return "triangle of area " + String(self.area())


def show[S: Shape](s: S):
    print(s.describe())


def bigger[A: Shape, B: Shape](a: A, b: B) -> String:
    if a.area() >= b.area():
        return a.name()
    return b.name()


def total_area[T: Shape & Copyable](items: List[T]) -> Float64:
    var t = 0.0
    for it in items:
        t += it.area()
    return t


def count_sides(p: Some[Polygon]) -> Int:
    return p.sides()


def main():
    var c = Circle(1.0)
    var r = Rect(2.0, 3.5)
    var t = Triangle(4.0, 3.0)
    show(c)
    show(r)
    show(t)
    print("bigger of circle and rect:", bigger(c, r))
    print("bigger of triangle and circle:", bigger(t, c))
    var rects: List[Rect] = [Rect(1.0, 1.0), Rect(2.0, 2.0), Rect(0.5, 4.0)]
    print("total rect area:", total_area(rects))
    print("sides:", count_sides(r) + count_sides(t))
