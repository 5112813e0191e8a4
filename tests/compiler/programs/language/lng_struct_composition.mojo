# Structs containing structs and lists of structs: copying, moving,
# nested field updates, and __eq__ on composite values.


@fieldwise_init
struct Point(ImplicitlyCopyable, Equatable, Writable):
    var x: Int
    var y: Int

    def __eq__(self, o: Self) -> Bool:
        return self.x == o.x and self.y == o.y

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ",", self.y, ")")


@fieldwise_init
struct Segment(Copyable, Writable):
    var a: Point
    var b: Point

    def length_sq(self) -> Int:
        var dx = self.b.x - self.a.x
        var dy = self.b.y - self.a.y
        return dx * dx + dy * dy

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.a, "->", self.b)


struct Path(Writable):
    var segs: List[Segment]
    var name: String

    def __init__(out self, name: String):
        self.segs = List[Segment]()
        self.name = name

    def add(mut self, s: Segment):
        self.segs.append(s.copy())

    def total(self) -> Int:
        var t = 0
        for s in self.segs:
            t += s.length_sq()
        return t

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, ":")
        for s in self.segs:
            writer.write(" [", s, "]")


def main():
    var p = Point(1, 2)
    var q = p
    q.x = 10
    print(p, q, p == q, p != q)
    var s = Segment(p, q)
    s.b.y += 5
    print(s, s.length_sq())
    var path = Path("route")
    path.add(s)
    path.add(Segment(Point(0, 0), Point(3, 4)))
    path.segs[1].a.x = -3
    print(path, path.total())
    var moved = path^
    print(moved.name, len(moved.segs))
