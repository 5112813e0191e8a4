from std.collections import Counter

def main() raises:
    var a = Counter[String]("a", "b", "a", "c", "a")
    var b = Counter[String]("a", "b", "b", "d")
    print(a, b)
    print(a + b)
    print(a - b)
    print(a & b)
    print(a | b)
    print(a.total(), len(a), "a" in a, "z" in a)
    for e in a.elements():
        print(e, end=" ")
    print()
    a.subtract(b)
    print(a)
    a.update(b)
    print(a)
    print(a == b, a != b, a.le(b), b.ge(a), a.lt(a))
    var f = Counter[Int].fromkeys([1, 2, 3], 5)
    print(f)
    for k in f:
        print(k, f[k])
    for item in a.items():
        print(item.key, item.value)
    print(a.get("a"), a.get("zz"), a.get("zz", 9))
    print(a.pop("a"), len(a))
    var mc = b.most_common(1)
    print(len(mc))
    var e = Counter[Int]()
    print(e, Bool(e), len(e))
    var c2 = b.copy()
    c2.clear()
    print(c2, b)
    var neg = -b
    print(neg, +b)
    b += a
    print(b)
