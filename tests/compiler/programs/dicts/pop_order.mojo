def main() raises:
    var d = Dict[Int, Int]()
    for k in [2, 3, 4, 10, 5]:
        d[k] = k
    _ = d.pop(2)
    print(d)
    _ = d.pop(4)
    print(d)
    d[7] = 7
    print(d)
    var e = Dict[Int, Int]()
    for k in [1, 2, 3, 4, 5, 6]:
        e[k] = k
    _ = e.pop(1)
    print(e)
    _ = e.pop(6)
    print(e)
    _ = e.pop(3)
    print(e)
    e[1] = 1
    print(e)
    var s = Dict[String, Int]()
    s["a"] = 1; s["b"] = 2; s["c"] = 3; s["d"] = 4
    _ = s.pop("b")
    print(s)
    var i = s.popitem()
    print(i.key, s)
