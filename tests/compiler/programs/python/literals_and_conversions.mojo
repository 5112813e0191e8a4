from std.python import Python, PythonObject

def main() raises:
    var l: PythonObject = [1, 2.5, "a"]
    print(l, len(l))
    var d: PythonObject = {"a": 1, "b": [1, 2]}
    print(d, d["b"][0])
    var d2 = Python.dict(x=1, y="two")
    print(d2)
    var n = PythonObject(None)
    print(n, Python.none() is n)
    var t = Python.tuple()
    print(t)
    var s: PythonObject = {1, 2}
    print(s)
    var x = PythonObject(3)
    x = x + 1
    print(x)
    var f = Float64(py=PythonObject(2.5))
    print(f)
    var strs = Python.list("b", "a")
    _ = strs.sort()
    print(strs)
    print(Python.str(5), Python.int("7"), Python.float(3))
    print(String(Python.type(x)))
    var big: PythonObject = 2
    print(big ** 100)
    var u8: UInt8 = 200
    var py8 = PythonObject(u8)
    print(py8 + 100)
    var f32 = PythonObject(Float32(0.1))
    print(f32)
    print(PythonObject(True) and PythonObject(False))
