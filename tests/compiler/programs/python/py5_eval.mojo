from std.python import Python


def main() raises:
    var r = Python.evaluate("sum(i * i for i in range(10))")
    print(r)
    var mod = Python.import_module("collections")
    var c = mod.Counter("mississippi")
    print(c.most_common(2))
    var dt = Python.import_module("datetime")
    var d = dt.date(2024, 2, 29)
    print(d.isoformat(), d.weekday())
    var re = Python.import_module("re")
    var found = re.findall("[0-9]+", "a1b22c333")
    print(found, len(found))
    for s in found:
        print(Int(py=s) * 2)
