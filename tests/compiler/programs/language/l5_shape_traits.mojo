# A trait hierarchy for shapes: trait inheritance, default methods and generic functions over traits.


trait HasName:
    def name(self) -> String:
        ...


trait Shape(HasName):
    def area(self) -> Float64:
        ...

    def perimeter(self) -> Float64:
        ...

    def describe(self) -> String:
        return self.name() + " with area " + String(self.area())


@fieldwise_init
struct Circle(Shape, Copyable):
    var r: Float64

    def name(self) -> String:
        return "circle"

    def area(self) -> Float64:
        return 3.0 * self.r * self.r

    def perimeter(self) -> Float64:
        return 6.0 * self.r


@fieldwise_init
struct Rect(Shape, Copyable):
    var w: Float64
    var h: Float64

    def name(self) -> String:
        return "rect"

    def area(self) -> Float64:
        return self.w * self.h

    def perimeter(self) -> Float64:
        return 2.0 * (self.w + self.h)

    def describe(self) -> String:
        return "a " + String(self.w) + "x" + String(self.h) + " rectangle"


def report[S: Shape](s: S):
    print(s.describe(), "| perimeter", s.perimeter())


def bigger[A: Shape, B: Shape](a: A, b: B) -> String:
    if a.area() > b.area():
        return a.name()
    return b.name()


def total_area(shapes: List[Rect]) -> Float64:
    var t = 0.0
    for s in shapes:
        t += s.area()
    return t


def main():
    var c = Circle(2.0)
    var r = Rect(3.0, 4.5)
    report(c)
    report(r)
    print(bigger(c, r))
    print(bigger(Rect(1.0, 1.0), Circle(1.0)))
    print(total_area([Rect(1.0, 2.0), Rect(2.0, 2.0), r.copy()]))
