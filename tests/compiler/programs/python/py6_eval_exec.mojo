# Python.evaluate for expressions, Python functions defined by exec in a module
# namespace, keyword arguments, and errors raised by Python code.
from std.python import Python, PythonObject


def main() raises:
    print(Python.evaluate("2 ** 100"))
    print(Python.evaluate("[x * x for x in range(8) if x % 2]"))
    print(Python.evaluate("{'k': (1, 2), 'v': None}"))
    var f = Python.evaluate("lambda a, b=10, *, scale=1: (a + b) * scale")
    print(f(1), f(1, 2), f(1, b=5, scale=3))
    var types = Python.import_module("types")
    var mod = types.ModuleType("helpers")
    var builtins = Python.import_module("builtins")
    var code = """
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def parse_int(s):
    return int(s)

class Acc:
    def __init__(self, start=0):
        self.total = start
    def add(self, v):
        self.total += v
        return self
"""
    builtins.exec(code, mod.__dict__)
    print("fib(90) =", mod.fib(90))
    var big = mod.fib(100)
    print("fib(100) =", big, "digits", len(builtins.str(big)))
    var acc = mod.Acc(start=5)
    _ = acc.add(10).add(20)
    print("acc total:", acc.total, Int(py=acc.total) + 1)
    for s in ["42", "-7", "4x2", ""]:
        try:
            var v = mod.parse_int(s)
            print("parsed", Int(py=v))
        except e:
            print("parse error:", e)
    try:
        _ = Python.evaluate("1 / 0")
    except e:
        print("eval error:", e)
    try:
        _ = Python.evaluate("undefined_name + 1")
    except e:
        print("eval error:", e)
    var t = Python.evaluate("(1, 'two', 3.0)")
    print(len(t), t[0], t[1], t[2], Float64(py=t[2]) * 2)
