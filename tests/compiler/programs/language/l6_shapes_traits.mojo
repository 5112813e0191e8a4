# Shapes with traits: default methods, trait inheritance, generic functions over traits.
from std.math import sqrt


trait Shape:
    def area(self) -> Float64:
        ...

    def perimeter(self) -> Float64:
        ...

    def name(self) -> String:
        return "shape"

    def describe(self) -> String:
        return self.name() + " area=" + String(self.area()) + " perim=" + String(self.perimeter())


trait Scalable(Shape):
    def scaled(self, k: Float64) -> Self:
        ...


@fieldwise_init
struct Rect(Copyable, Movable, Scalable):
    var w: Float64
    var h: Float64

    def area(self) -> Float64:
        return self.w * self.h

    def perimeter(self) -> Float64:
        return 2 * (self.w + self.h)

    def name(self) -> String:
        return "rect"

    def scaled(self, k: Float64) -> Self:
        return Rect(self.w * k, self.h * k)


@fieldwise_init
struct Circle(Copyable, Movable, Scalable):
    var r: Float64

    def area(self) -> Float64:
        return 3.0 * self.r * self.r

    def perimeter(self) -> Float64:
        return 6.0 * self.r

    def scaled(self, k: Float64) -> Self:
        return Circle(self.r * k)


@fieldwise_init
struct Triangle(Copyable, Movable, Shape):
    var a: Float64
    var b: Float64
    var c: Float64

    def area(self) -> Float64:
        var s = self.perimeter() / 2
        return sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self) -> Float64:
        return self.a + self.b + self.c

    def name(self) -> String:
        return "triangle"


def report[T: Shape](s: T):
    print(s.describe())


def grow[T: Scalable & Copyable & Deinitable](s: T, times: Int) -> T:
    var cur = s.copy()
    for _ in range(times):
        cur = cur.scaled(2.0)
    return cur^


def total_area[T: Shape & Copyable & Deinitable](shapes: List[T]) -> Float64:
    var t = 0.0
    for s in shapes:
        t += s.area()
    return t


def main():
    report(Rect(3, 4))
    report(Circle(1.5))
    report(Triangle(3, 4, 5))
    var big = grow(Rect(1, 2), 3)
    print("grown rect", big.w, big.h, big.area())
    var c = grow(Circle(0.5), 2)
    report(c)
    var rects: List[Rect] = [Rect(1, 1), Rect(2, 3), Rect(0.5, 4)]
    print("total", total_area(rects))
