from std.python import Python, PythonObject


def risky(x: PythonObject) raises -> PythonObject:
    var builtins = Python.import_module("builtins")
    return builtins.int(x)


def main() raises:
    try:
        _ = risky("12")
        print("ok 12")
        _ = risky("abc")
    except e:
        print("caught:", e)
    try:
        var m = Python.import_module("no_such_module_xyz")
        print(m)
    except e:
        print("import failed:", e)
    var d = Python.dict()
    try:
        print(d["missing"])
    except e:
        print("key error:", e)
    print("done")
