trait Shape:
    def area(self) -> Float64:
        ...

    def name(self) -> String:
        return "shape"

    def describe(self) -> String:
        return self.name() + " with area " + String(self.area())


@fieldwise_init
struct Circle(Shape):
    var r: Float64

    def area(self) -> Float64:
        return 3.0 * self.r * self.r

    def name(self) -> String:
        return "circle"


@fieldwise_init
struct Square(Shape, Copyable):
    var side: Float64

    def area(self) -> Float64:
        return self.side * self.side


trait Named:
    def label(self) -> String:
        ...


trait Labeled(Shape, Named):
    pass


@fieldwise_init
struct Tile(Labeled):
    var n: Int

    def area(self) -> Float64:
        return Float64(self.n)

    def label(self) -> String:
        return "tile#" + String(self.n)


def total_area[T: Shape & Copyable](shapes: List[T]) -> Float64:
    var sum = 0.0
    for s in shapes:
        sum += s.area()
    return sum


def report(s: Some[Shape]):
    print(s.describe())


def tag[T: Labeled](x: T) -> String:
    return x.label() + " / " + x.describe()


def main():
    report(Circle(1.0))
    report(Square(2.0))
    print(tag(Tile(7)))
    print(total_area([Square(1.0), Square(3.0)]))
