def main() raises:
    var d = Dict[String, Int]()
    d["one"] = 1
    d["two"] = 2
    d["three"] = 3
    print(len(d), d["two"])
    print("one" in d, "four" in d)
    var g = d.get("four")
    print(Bool(g), d.get("one").value(), d.get("zzz", 0))
    for k in d.keys():
        print(k, end=" ")
    print()
    for v in d.values():
        print(v, end=" ")
    print()
    for item in d.items():
        print(item.key, "=", item.value)
    for k in d:
        print(k, end=",")
    print()
    try:
        print(d.pop("two"))
        print(d.pop("missing"))
    except e:
        print("error:", e)
    print(d.pop("missing", -1))
    print(d.setdefault("four", 4))
    print(d.setdefault("one", 100))
    print(d)
    var other = Dict[String, Int]()
    other["five"] = 5
    d.update(other)
    print(d)
    var p = d.popitem()
    print(p.key, p.value, len(d))
    d.clear()
    print(len(d), d)
    var counts = Dict[String, Int]()
    for w in String("a b a c b a").split():
        counts[String(w)] = counts.get(String(w), 0) + 1
    print(counts)
    var lit: Dict[String, Int] = {"x": 1, "y": 2}
    print(lit, lit["y"])
