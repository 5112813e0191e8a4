from std.collections import Set


def main() raises:
    var a = Set[Int](9, 1, 5, 3, 7)
    var b = Set[Int](7, 3, 1)
    print(a & b, b & a, a.intersection(b), b.intersection(a))
    var c = a.copy()
    c &= b
    print(c)
    var d = b.copy()
    d &= a
    print(d)
    var e = a.copy()
    e.intersection_update(b)
    print(e)
    print(a - b, b - a, a ^ b, b ^ a, a | b, b | a)
    var f = a.copy()
    f ^= b
    print(f)
    var g = Set[Int](7, 100, 3)
    g ^= a
    print(g)
    var h = a.copy()
    h -= b
    print(h)
    var s = Set[Int](5, 6, 7, 8, 9)
    var t = Set[Int](9, 8, 1)
    print(s & t, t & s)
    ties()


def ties() raises:
    var a = Set[Int](1, 2, 3)
    a &= Set[Int](3, 2, 1)
    print(a)
    var b = Set[Int](1, 2, 3, 4)
    b.intersection_update(Set[Int](4, 3, 9))
    print(b)
    var c = Set[Int](1, 2, 3, 4)
    c.intersection_update(Set[Int](4, 3, 9, 8, 7, 1))
    print(c)
    var d = Set[Int](1, 2, 3, 4)
    d.intersection_update(Set[Int](4, 3, 9, 1))
    print(d)
