def main() raises:
    var d = Dict[String, Int]()
    d["one"] = 1
    d["two"] = 2
    d["three"] = 3
    print(len(d), d["two"], "one" in d, "four" in d)
    for k in d:
        print(k, d[k])
    for item in d.items():
        print(item.key, item.value)
    for k in d.keys():
        print(k, end=" ")
    print()
    for v in d.values():
        print(v, end=" ")
    print()
    print(d.get("one").value(), d.get("zzz").or_else(-1), d.get("x", 9))
    print(d.pop("one"), len(d))
    print(d.pop("nope", 0))
    d.setdefault("four", 4)
    print(d)
    var e = {"a": 1, "b": 2}
    d.update(e)
    print(d)
    var f = d | {"z": 26}
    print(f)
    var item = f.popitem()
    print(item.key, item.value, len(f))
    try:
        _ = d["missing"]
    except err:
        print("error:", err)
    var g = Dict[Int, List[String]]()
    g[1] = ["a"]
    g[1].append("b")
    print(g[1])
    var keys = List[String]()
    keys.append("x")
    keys.append("y")
    var h = Dict[String, Int].fromkeys(keys, 0)
    print(h)
    h.clear()
    print(len(h), h)
    var counts = Dict[String, Int]()
    for w in String("a b a c b a").split(" "):
        counts[String(w)] = counts.get(String(w), 0) + 1
    print(counts)
    if d:
        print("d nonempty")
    var c2 = d.copy()
    c2["new"] = 0
    print(len(c2), len(d))
    for entry in d.items():
        print(entry.key, "=", entry.value)
