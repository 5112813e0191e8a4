# Traits: required methods, default method implementations, trait
# inheritance, trait composition with &, and generic functions over traits.

trait Shape:
    def area(self) -> Float64:
        ...

    def name(self) -> String:
        return "shape"

    def describe(self) -> String:
        return self.name() + " with area " + String(round(self.area(), 2))


trait Scalable(Shape):
    def scale(mut self, factor: Float64):
        ...


@fieldwise_init
struct Circle(Scalable, Copyable):
    var r: Float64

    def area(self) -> Float64:
        return 3.141592653589793 * self.r * self.r

    def name(self) -> String:
        return "circle"

    def scale(mut self, factor: Float64):
        self.r *= factor


@fieldwise_init
struct Square(Scalable, Copyable):
    var side: Float64

    def area(self) -> Float64:
        return self.side * self.side

    def scale(mut self, factor: Float64):
        self.side *= factor


trait Named:
    def label(self) -> String:
        ...


@fieldwise_init
struct Tag(Named, Shape):
    var text: String

    def label(self) -> String:
        return "#" + self.text

    def area(self) -> Float64:
        return 0.0


def report[T: Shape](s: T):
    print(s.describe())


def grow_and_report[T: Scalable](mut s: T, factor: Float64):
    s.scale(factor)
    report(s)


def badge[T: Named & Shape](x: T) -> String:
    return x.label() + " (" + x.name() + ")"


def total_area[T: Shape & Copyable](items: List[T]) -> Float64:
    var sum = 0.0
    for it in items:
        sum += it.area()
    return sum


def main():
    var c = Circle(1.0)
    var s = Square(2.0)
    report(c)
    report(s)
    grow_and_report(c, 2.0)
    grow_and_report(s, 0.5)
    print(badge(Tag("mojo")))
    var circles: List[Circle] = [Circle(1.0), Circle(2.0)]
    print(round(total_area(circles), 3))
    print(total_area([Square(1.0), Square(3.0)]))
