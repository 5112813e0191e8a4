# Variant as a tagged union: isa, indexing, set, and match-like dispatch over a JSON-ish value.
from std.utils import Variant


comptime Value = Variant[Int, Float64, String, Bool]


def show(v: Value) -> String:
    if v.isa[Int]():
        return "int " + String(v[Int])
    elif v.isa[Float64]():
        return "float " + String(v[Float64])
    elif v.isa[String]():
        return "str '" + v[String] + "'"
    else:
        return "bool " + String(v[Bool])


def to_number(v: Value) raises -> Float64:
    if v.isa[Int]():
        return Float64(v[Int])
    if v.isa[Float64]():
        return v[Float64]
    if v.isa[Bool]():
        return 1.0 if v[Bool] else 0.0
    raise Error("not a number: " + show(v))


def main():
    var values = List[Value]()
    values.append(Value(42))
    values.append(Value(2.5))
    values.append(Value(String("hello")))
    values.append(Value(True))
    values.append(Value(-7))
    for v in values:
        print(show(v))
    var total = 0.0
    for v in values:
        try:
            total += to_number(v)
        except e:
            print("skip:", e)
    print("total", total)
    var x = Value(1)
    print(show(x))
    x.set[String]("now a string")
    print(show(x), x.isa[Int](), x.isa[String]())
    x = Value(False)
    print(show(x))
    var copy = values[2].copy()
    copy[String] += "!"
    print(show(copy), show(values[2]))
