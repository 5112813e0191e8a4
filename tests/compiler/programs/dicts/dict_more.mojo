def main() raises:
    var d: Dict[String, Int] = {"x": 1, "y": 2, "z": 3}
    for k in reversed(d):
        print(k, end=" ")
    print()
    print(d.find("y").value(), d.find("q") is None)
    for e in d.items():
        print(e.key, "->", e.value)
    var keys = List[String]()
    for k in d.keys():
        keys.append(k)
    print(keys)
    var vals = 0
    for v in d.values():
        vals += v
    print(vals)
    d |= {"w": 0}
    print(d)
    print(d == d.copy(), len(d))
    var nested = Dict[String, Dict[String, Int]]()
    nested["a"] = Dict[String, Int]()
    nested["a"]["b"] = 5
    print(nested["a"]["b"])
    var di = Dict[Int, String]()
    for i in range(5):
        di[i * i] = String(i)
    print(di)
    _ = di.pop(4)
    print(di, 4 in di)
    var sd1 = d.setdefault("x", 100)
    var sd2 = d.setdefault("new", 7)
    print(sd1, sd2, d)
    var copy = d.copy()
    copy.clear()
    print(copy, len(d))
    try:
        var empty = Dict[Int, Int]()
        _ = empty.popitem()
    except e:
        print("error:", e)
