from std.collections import Set


def main() raises:
    var a: Set[Int] = {1, 2, 3, 4}
    var b: Set[Int] = {3, 4, 5}
    print(a, b)
    print(a | b)
    print(a & b)
    print(a - b)
    print(a ^ b)
    print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
    print(a.issubset(b), Set[Int](3, 4).issubset(a), a.issuperset(Set[Int](1, 2)))
    print(a.isdisjoint(b), a.isdisjoint(Set[Int](9)))
    print(a == b, a != b, Set[Int](3, 4) < a, a <= a, a > b, a >= Set[Int](1))
    var c = a.copy()
    c |= b
    print(c)
    c &= Set[Int](1, 5, 9)
    print(c)
    c -= Set[Int](1)
    print(c)
    c ^= Set[Int](5, 6)
    print(c)
    a.add(10)
    a.discard(1)
    a.discard(1000)
    a.remove(2)
    print(a, len(a), 3 in a, 2 in a)
    try:
        a.remove(77)
    except e:
        print("error:", e)
    var x = a.pop()
    print("popped", x, a)
    a.update(b)
    print(a)
    a.intersection_update(Set[Int](4, 5, 10))
    print(a)
    a.difference_update(Set[Int](4))
    print(a)
    a.symmetric_difference_update(Set[Int](5, 8))
    print(a)
    a.clear()
    print(a, Bool(a))
    try:
        _ = a.pop()
    except e:
        print("error:", e)
    var words = Set[String]("x", "y")
    for w in words:
        print(w)
