from std.collections import Counter


def main() raises:
    var words: List[String] = ["a", "b", "c", "a", "b", "a", "d"]
    var c = Counter[String](words)
    print(c)
    print(len(c), c.total())
    for entry in c.most_common(3):
        print(entry[0], entry[1])
    var top = c.most_common(1)
    print(top[0][0], top[0][1])
    var keys = List[String]()
    for k in c:
        keys.append(k)
    print(keys)
    for item in c.items():
        print(item.key, item.value)
    c["z"] = 0
    c["a"] -= 1
    print(c)
    var e = c.elements()
    print(e)
    var d = Counter[Int]()
    for n in [1, 1, 2, 3, 3, 3]:
        d[n] += 1
    print(d)
    for t in d.most_common(2):
        print(t[0], t[1])
    var pos = +Counter[String]({"x": 2, "y": -1})
    print(pos)
    d.clear()
    print(len(d), Bool(d))
