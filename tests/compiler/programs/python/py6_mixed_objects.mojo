# PythonObject arithmetic, comparisons and truthiness mixed with Mojo values,
# building nested Python structures and converting them back.
from std.python import Python, PythonObject


def py_sum(items: PythonObject) raises -> Int:
    var s = 0
    for x in items:
        s += Int(py=x)
    return s


def main() raises:
    var a: PythonObject = 7
    var b: PythonObject = 3
    print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
    print(a > b, a == 7, a != b, -a, PythonObject(-4).__abs__())
    var s: PythonObject = "mojo"
    print(s + "!", s * 2, s.upper(), s[1], len(s))
    var f: PythonObject = 2.5
    print(f * 2, Float64(py=f) + 0.5, f.is_integer())
    var empty = Python.list()
    if not empty:
        print("empty list is falsy")
    var grid = Python.list()
    for r in range(3):
        var row = Python.list()
        for c in range(4):
            row.append(r * 4 + c)
        grid.append(row)
    print("grid:", grid)
    print("row sums:", end=" ")
    for row in grid:
        print(py_sum(row), end=" ")
    print()
    var d = Python.dict()
    d["ints"] = grid[1]
    d["name"] = "matrix"
    d[3] = "three"
    print("dict len", len(d), "keys:", Python.evaluate("sorted")(d.keys(), key=Python.evaluate("str")))
    var mojo_row = List[Int]()
    for v in d["ints"]:
        mojo_row.append(Int(py=v) * 10)
    print("mojo row:", mojo_row)
    var x = PythonObject(10)
    x += 5
    x *= 2
    print("x:", x, Int(py=x) == 30)
    var lst = Python.list()
    lst.append(3)
    lst.append(1)
    lst.append(2)
    lst.sort()
    print(lst, lst.index(2), 2 in lst, 9 in lst)
    var nested = Python.evaluate("{'a': [1, {'b': 2}]}")
    print(nested["a"][1]["b"])
    try:
        _ = nested["missing"]
    except e:
        print("KeyError ->", e)
    try:
        _ = grid[10]
    except e:
        print("IndexError ->", e)
