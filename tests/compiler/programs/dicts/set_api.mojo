from std.collections import Set

def main() raises:
    var s = Set[Int]()
    s.add(1)
    s.add(2)
    s.add(2)
    s.add(3)
    print(len(s), 2 in s, 5 in s)
    s.discard(1)
    s.discard(42)
    print(s)
    try:
        s.remove(99)
    except e:
        print("error:", e)
    var a: Set[Int] = {1, 2, 3, 4}
    var b: Set[Int] = {3, 4, 5}
    print(a | b, a & b, a - b)
    print(a.union(b), a.intersection(b), a.difference(b))
    print(a.symmetric_difference(b))
    print(a.issubset(b), Set[Int](3, 4).issubset(a), a.isdisjoint(b))
    print(a == Set[Int](1, 2, 3, 4))
    var words = Set[String]()
    for w in ["x", "y", "x"]:
        words.add(w)
    print(len(words), words)
    for x in b:
        print(x, end=" ")
    print()
    print(b.pop(), len(b))
