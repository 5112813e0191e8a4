trait Shape:
    def area(self) -> Float64:
        ...

    def name(self) -> String:
        ...


struct Square(Shape):
    var side: Float64

    def __init__(out self, side: Float64):
        self.side = side

    def area(self) -> Float64:
        return self.side * self.side


def main():
    var s = Square(2)
    print(s.area())
