from std.python import Python, PythonObject


def main() raises:
    var x: PythonObject = 10
    var y: PythonObject = 3
    print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
    print(x > y, x == 10, x != y)
    var lst: PythonObject = [1, 2, 3]
    print(lst)
    var py_str = PythonObject("mojo")
    var mojo_str = String(py_str)
    print(mojo_str + "!", mojo_str.byte_length())
    var fl: PythonObject = 2.5
    print(Float64(py=fl) * 2)
    var b: PythonObject = True
    if b:
        print("truthy")
    var none = Python.none()
    print(none, none is None)
    var builtins = Python.import_module("builtins")
    print(builtins.max(3, 9, 4), builtins.abs(-7), builtins.round(2.567, 2))
    print(builtins.type(x).__name__)
