# Python interop: importing modules, calling functions, converting values
# between Mojo and Python, building Python lists and dicts.
from std.python import Python, PythonObject


def main() raises:
    var math = Python.import_module("math")
    print(math.sqrt(16.0), math.pi)
    print(math.gcd(48, 180), math.factorial(10))

    var builtins = Python.import_module("builtins")
    var py_list = Python.list()
    for i in range(5):
        py_list.append(i * i)
    print(py_list, builtins.len(py_list), builtins.sum(py_list))

    var d = Python.dict()
    d["name"] = "mojo"
    d["year"] = 2023
    print(d["name"], d["year"] + 1)

    var text = PythonObject("hello world")
    print(text.upper(), text.split(" "))
    var n = Int(py=builtins.int("123"))
    print(n + 1)
    var f = Float64(py=math.cos(0.0))
    print(f * 2)

    var evaluated = Python.evaluate("[x * 2 for x in range(4)]")
    for item in evaluated:
        print(item, end=" ")
    print()
    try:
        _ = math.sqrt(-1.0)
    except e:
        print("python error:", e)
