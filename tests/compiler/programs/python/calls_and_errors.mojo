from std.python import Python, PythonObject


def risky(code: String) raises -> PythonObject:
    return Python.evaluate(code)


comptime HELPER = """
def greet(name, punct="!"):
    return "hello " + name + punct

class Counter:
    def __init__(self, start=0):
        self.count = start
    def bump(self, by=1):
        self.count += by
        return self.count

def fail(kind):
    if kind == "value":
        raise ValueError("bad value: " + str(kind))
    raise KeyError(kind)
"""


def write_helper_module() raises -> String:
    # A Python module of our own, in a fresh directory that then goes on sys.path.
    var tempfile = Python.import_module("tempfile")
    var os = Python.import_module("os")
    var builtins = Python.import_module("builtins")
    var folder = tempfile.mkdtemp()
    var f = builtins.open(os.path.join(folder, "helper_mod.py"), "w")
    _ = f.write(HELPER)
    _ = f.close()
    return String(folder)


def main() raises:
    Python.add_to_path(write_helper_module())
    var m = Python.import_module("helper_mod")
    print(m.greet("mojo"))
    print(m.greet("mojo", punct="?"))
    print(m.greet(name="kw", punct="."))
    var c = m.Counter(10)
    print(c.bump(), c.bump(by=5), c.count)
    c.count = 100
    print(c.count)
    print(c.bump())
    try:
        _ = m.fail("value")
    except e:
        print("caught:", e)
    try:
        _ = m.fail("key")
    except e:
        print("caught:", e)
    try:
        _ = Python.import_module("no_such_module_xyz")
    except e:
        print("import failed:", e)
    try:
        _ = m.missing_attribute
    except e:
        print("attr failed:", e)
    try:
        var d = Python.dict()
        _ = d["nope"]
    except e:
        print("key failed:", e)
    try:
        _ = risky("1 / 0")
    except e:
        print("eval failed:", e)
    try:
        _ = risky("[1, 2")
    except e:
        print("syntax:", e)
    print(risky("sum(range(10))"), risky("'abc'[::-1]"))
    var ns = Python.evaluate("x = 5\ny = x * 2\n", file=True, name="scratch")
    print(ns.y)
    var builtins = Python.import_module("builtins")
    print(builtins.max(3, 9, 4), builtins.sorted(Python.list(3, 1, 2), reverse=True))
    print(builtins.int("ff", 16), builtins.round(2.675, 2))
    var text = PythonObject("a,b,c")
    var parts = text.split(",")
    print(parts[1:], parts[::-1], parts[0:2])
    print(Python.type(parts) is Python.type(Python.list()))
