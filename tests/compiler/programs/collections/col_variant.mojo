from std.utils import Variant

comptime Value = Variant[Int, String, Float64]


def describe(v: Value) -> String:
    if v.isa[Int]():
        return "int " + String(v[Int])
    elif v.isa[String]():
        return "str " + v[String]
    else:
        return "float " + String(v[Float64])


def main() raises:
    var vals = List[Value]()
    vals.append(Value(1))
    vals.append(Value(String("x")))
    vals.append(Value(2.5))
    for v in vals:
        print(describe(v))
    var v = Value(10)
    v.set[String]("now a string")
    print(v.isa[String](), v[String])
    v = Value(3)
    v[Int] += 1
    print(v[Int])
    var taken = v^.unwrap[Int]()
    print(taken)
    var w = Value(1.5)
    var old = w.replace[String, Float64]("new")
    print(old, w[String])
