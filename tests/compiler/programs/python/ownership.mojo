from std.python import Python, PythonObject


@fieldwise_init
struct Labeled(Copyable, Movable):
    var label: String
    var value: PythonObject


def refs(sys: PythonObject, obj: PythonObject) raises -> Int:
    return Int(py=sys.getrefcount(obj))


def main() raises:
    var sys = Python.import_module("sys")
    var payload = Python.evaluate("object()")
    var base = refs(sys, payload)
    var items = List[PythonObject]()
    for _ in range(5):
        items.append(payload)
    print("after 5 copies:", refs(sys, payload) - base)
    _ = items.pop()
    print("after pop:", refs(sys, payload) - base)
    var boxed = Labeled("x", payload)
    print("in a struct:", refs(sys, payload) - base)
    var moved = boxed^
    print("after a move:", refs(sys, payload) - base, moved.label)
    items.clear()
    print("after clear:", refs(sys, payload) - base)
    _ = moved^
    print("struct gone:", refs(sys, payload) - base)
    var text = PythonObject("a-b-c")
    for _ in range(10000):
        var parts = text.split("-")
        _ = len(parts)
    print("text refs stable:", refs(sys, text) - refs(sys, text))
    var d = Python.dict()
    for i in range(3):
        d[String("k") + String(i)] = payload
    print("in a dict:", refs(sys, payload) - base)
    _ = d.clear()
    print("dict cleared:", refs(sys, payload) - base)
