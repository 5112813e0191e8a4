from std.python import Python, PythonObject


def main() raises:
    var builtins = Python.import_module("builtins")
    var py_list = Python.list()
    for i in range(5):
        py_list.append(i * i)
    print("list:", py_list, "len", len(py_list))
    var d = Python.dict()
    d["alpha"] = 1
    d["beta"] = 2.5
    d["gamma"] = "three"
    for key in d:
        print(key, "->", d[key])
    var keys = d.keys()
    print("sorted keys:", builtins.sorted(keys))
    var total: Float64 = 0
    for item in py_list:
        total += Float64(py=item)
    print("total", total)
    var t = Python.tuple(1, "two", 3.0)
    print(t, len(t), t[1])
    print("contains 9:", py_list.__contains__(9))
    var s = PythonObject("hello world")
    print(s.upper(), s.split(" "), s.count("o"))
