from std.collections import Counter

# Counter arithmetic over two days of shop sales.


def main() raises:
    var mon = Counter[String]()
    for item in ["tea", "tea", "cake", "juice", "tea", "cake"]:
        mon[item] += 1
    var tue = Counter[String]()
    for item in ["cake", "cake", "cake", "tea", "soup"]:
        tue[item] += 1
    print("mon", mon["tea"], mon["cake"], mon["juice"], "total", mon.total())
    print("tue", tue["tea"], tue["cake"], tue["soup"], "total", tue.total())
    var both = mon + tue
    for e in both.most_common(10):
        print("sum", e[0], e[1])
    var diff = mon - tue
    for e in diff.most_common(10):
        print("mon-tue", e[0], e[1])
    var common = mon & tue
    for e in common.most_common(10):
        print("min", e[0], e[1])
    var union = mon | tue
    for e in union.most_common(10):
        print("max", e[0], e[1])
    var m2 = mon.copy()
    m2.update(tue)
    print("updated tea", m2["tea"], "len", len(m2))
    var m3 = mon.copy()
    m3.subtract(tue)
    print("subtracted cake", m3["cake"], "juice", m3["juice"])
    print("get missing", mon.get("soup") is None, "contains tea", "tea" in mon)
    var removed = mon.pop("juice")
    print("popped juice", removed, len(mon))
