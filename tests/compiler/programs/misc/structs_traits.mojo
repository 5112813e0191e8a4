trait Shape:
    def area(self) -> Float64: ...
    def name(self) -> String: ...


@fieldwise_init
struct Circle(Shape, Copyable):
    var r: Float64

    def area(self) -> Float64:
        return 3.14159 * self.r * self.r

    def name(self) -> String:
        return "circle"


@fieldwise_init
struct Rect(Shape, Copyable):
    var w: Float64
    var h: Float64

    def area(self) -> Float64:
        return self.w * self.h

    def name(self) -> String:
        return "rect"


def describe[T: Shape](s: T):
    print(s.name(), "area", s.area())


def main():
    describe(Circle(1.0))
    describe(Rect(2.0, 3.5))
    var rects = List[Rect]()
    rects.append(Rect(1.0, 1.0))
    rects.append(Rect(2.0, 2.0))
    var total = 0.0
    for r in rects:
        total += r.area()
    print(total)
