from std.python import Python


def main() raises:
    var math = Python.import_module("math")
    var json = Python.import_module("json")
    print(math.sqrt(2.0), math.pi, math.factorial(10))
    print(math.gcd(48, 18), math.isclose(0.1 + 0.2, 0.3))
    var data = Python.dict()
    data["name"] = "mojo"
    data["values"] = Python.list(1, 2, 3)
    var text = json.dumps(data, sort_keys=True)
    print(text)
    var back = json.loads(text)
    print(back["values"][2], back["name"])
    var n = Int(py=math.floor(7.9))
    print(n + 1)
    var f = Float64(py=math.e)
    print(f)
