from std.python import Python, PythonObject


def main() raises:
    var words = PythonObject("the quick brown fox").split()
    var out = String()
    for w in words:
        out += String(w).upper() + " "
    print(out)
    var joined = PythonObject("-").join(words)
    print(joined)
    var n: PythonObject = 42
    var as_int: Int = Int(py=n)
    print(as_int * 2)
    var f = PythonObject(3.25)
    print(Float64(py=f) + 0.5)
    var s = String(n)
    print(s + "!")
    var bl = Bool(PythonObject(0))
    print(bl)
    var d: PythonObject = {"a": 1, "b": 2}
    print(d, d["b"])
