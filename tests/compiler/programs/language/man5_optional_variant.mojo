# Optional and Variant: representing missing values and sum types.
from std.utils import Variant


def find_index(items: List[String], target: String) -> Optional[Int]:
    for i in range(len(items)):
        if items[i] == target:
            return i
    return None


def parse_num(s: String) -> Optional[Int]:
    try:
        return atol(s)
    except:
        return None


comptime Value = Variant[Int, Float64, String]


def describe(v: Value) -> String:
    if v.isa[Int]():
        return "int " + String(v[Int])
    elif v.isa[Float64]():
        return "float " + String(v[Float64])
    else:
        return "string '" + v[String] + "'"


def main():
    var fruits: List[String] = ["apple", "pear", "plum"]
    for name in ["pear", "kiwi"]:
        var idx = find_index(fruits, name)
        if idx:
            print(name, "at", idx.value())
        else:
            print(name, "missing")
    var total = 0
    for s in ["4", "x", "10", ""]:
        var n = parse_num(s)
        total += n.or_else(0)
        print(repr(s), "->", n.or_else(-1), n.__bool__())
    print("total", total)
    var maybe: Optional[String] = None
    print(maybe is None, maybe.or_else("default"))
    maybe = String("set")
    print(maybe is not None, maybe.value())

    var values = List[Value]()
    values.append(Value(42))
    values.append(Value(2.5))
    values.append(Value(String("hi")))
    for v in values:
        print(describe(v))
    var v = Value(1)
    v = String("changed")
    print(describe(v), v.isa[String]())
