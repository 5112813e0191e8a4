from std.collections import Set


def main() raises:
    var a = Set[Int](1, 2, 3, 4)
    var b = {3, 4, 5}
    print(a, b, len(a))
    print(a | b, a & b, a - b, a ^ b)
    print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
    print(3 in a, 9 in a)
    a.add(10)
    a.remove(1)
    a.discard(99)
    print(a)
    print(Set[Int](3, 4).issubset(a), a.issuperset(Set[Int](2)), a.isdisjoint(Set[Int](77)))
    var c = a.copy()
    c |= b
    print(c)
    c &= Set[Int](3, 5, 10)
    print(c)
    c -= Set[Int](3)
    print(c)
    c ^= Set[Int](5, 6)
    print(c)
    print(c.pop(), len(c))
    var s = Set[String]()
    for w in String("x y x z y").split(" "):
        s.add(String(w))
    print(s, len(s))
    for w in s:
        print(w)
    try:
        s.remove("q")
    except e:
        print("err:", e)
    c.clear()
    print(len(c), a == a.copy(), a != b)
    print(Set[Int](1, 2) <= Set[Int](1, 2, 3), Set[Int](1) < Set[Int](1))
