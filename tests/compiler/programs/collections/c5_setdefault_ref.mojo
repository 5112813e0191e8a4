def main() raises:
    var d = Dict[String, List[Int]]()
    d.setdefault("a", List[Int]()).append(1)
    d.setdefault("a", List[Int]()).append(2)
    d.setdefault("b", List[Int]()).append(3)
    for e in d.items():
        print(e.key, len(e.value))
    var c = Dict[String, Int]()
    c.setdefault("x", 0) += 5
    print(c["x"])
    var v = d.setdefault("z", [7]).copy()
    v.append(3)
    print(len(v), len(d["z"]))
    ref r = d.setdefault("q", [1])
    r.append(9)
    print(len(d["q"]))
