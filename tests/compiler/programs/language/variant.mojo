# std.utils.Variant (Mojo 1.2): construction, isa[T], v[T] in place, set, unwrap, replace,
# copies, equality, printing, and Variants in a List dispatched with if/elif chains.
from std.utils import Variant


@fieldwise_init
struct Point(Copyable, Writable, Equatable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Point(", self.x, ", ", self.y, ")")

    def __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y


comptime Value = Variant[Int, Float64, String, Point]


def describe(v: Value) -> String:
    if v.isa[Int]():
        return "int " + String(v[Int])
    elif v.isa[Float64]():
        return "float " + String(v[Float64])
    elif v.isa[String]():
        return "string '" + v[String] + "'"
    else:
        return "point at " + String(v[Point].x) + "," + String(v[Point].y)


def total(values: List[Value]) -> Float64:
    var sum = 0.0
    for v in values:
        if v.isa[Int]():
            sum += Float64(v[Int])
        elif v.isa[Float64]():
            sum += v[Float64]
    return sum


def main():
    var values: List[Value] = [Value(3), Value(2.5), Value(String("text")), Value(Point(1, 2))]
    for v in values:
        print(describe(v))
    print("total:", total(values))

    var item = Value(String("first"))
    item.set[Int](10)
    print(describe(item), item.isa[String]())
    item = String("assigned")  # @implicit: the String becomes a Variant
    print(describe(item))
    item[String] += "!"
    print(item[String])

    var nums: List[Int] = [1, 2, 3]
    var shapes = Variant[List[Int], String](nums^)
    shapes[List[Int]].append(4)
    print(len(shapes[List[Int]]), shapes.isa[List[Int]]())
    var copied = shapes.copy()
    copied[List[Int]].append(5)
    print(len(shapes[List[Int]]), len(copied[List[Int]]))
    var old = shapes.replace[String, List[Int]](String("replaced"))
    print(len(old), shapes[String])
    var moved = shapes^.unwrap[String]()
    print(moved)

    var a = Variant[Int, String](7)
    var b = a
    print(a == b, a != b, a)
    b.set[String]("seven")
    print(a == b, b)
    var pa = Value(Point(3, 4))
    var pb = Value(Point(3, 4))
    print(pa == pb, pa, pa.unsafe_get[Point]().y)
