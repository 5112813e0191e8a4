from std.python import Python, PythonObject


def describe(obj: PythonObject) raises -> String:
    return String(Python.type(obj).__name__) + ": " + String(obj)


def main() raises:
    var i: PythonObject = 42
    var f: PythonObject = 2.5
    var s: PythonObject = "hello"
    var b: PythonObject = True
    var n = Python.none()
    print(describe(i), describe(f), describe(s), describe(b), describe(n))
    print(i + 1, i - 1, i * 2, i / 8, i // 5, i % 5, i ** 2)
    print(-i, +i, ~i, i << 2, i >> 1, i & 7, i | 1, i ^ 2)
    print(1 + i, 100 - i, 3 * f, 10 / f, 100 // i, 100 % i, 2 ** i)
    print(i == 42, i != 42, i < 50, i <= 42, i > 50, i >= 43)
    var acc: PythonObject = 0
    for k in range(5):
        acc += k
    acc *= 3
    acc -= 1
    print("acc", acc)
    var t = s.upper()
    print(t, s.replace("l", "L"), s.startswith("he"), len(s))
    print(s + " world", s * 2)
    print(String(py=s), Int(py=i) * 2, Float64(py=f) + 0.25, Bool(py=b))
    print(Int(py=PythonObject("123")) + 1)
    if i:
        print("i is truthy")
    if not n:
        print("None is falsy")
    var l = Python.list(3, 1, 2)
    l.append(0)
    l.sort()
    print(l, len(l), l[0], l[-1], 2 in l, 9 in l)
    l[1] = "one"
    print(l)
    var tup = Python.tuple(1, "a", 2.5)
    print(tup, len(tup))
    var d = Python.dict()
    d["x"] = 1
    d["y"] = Python.list(1, 2)
    print(d, d["y"][1], "x" in d, len(d))
    for key in d:
        print("key", key, "->", d[key])
    var words = PythonObject("a b  c").split()
    for w in words:
        print("word", w)
    print(i.bit_length(), f.is_integer(), i.__class__)

