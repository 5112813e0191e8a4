from std.collections import Deque

def main() raises:
    var d = Deque[Int](1, 2, 3, 4)
    print(d)
    d.rotate(1)
    print(d)
    d.rotate(-2)
    print(d)
    print(3 in d, 9 in d, d.count(3), d.index(4))
    d.insert(1, 99)
    print(d)
    d.remove(99)
    print(d)
    d.reverse()
    print(d, len(d))
    var e = d + Deque[Int](7, 8)
    print(e)
    print(d == d.copy(), d != e)
    d.extendleft([10, 11])
    print(d, d.peek(), d.peekleft())
    for x in reversed(d):
        print(x, end=" ")
    print()
    var empty = Deque[String]()
    try:
        _ = empty.pop()
    except err:
        print("error:", err)
    var m = Deque[Int](1, 2) * 3
    print(m)
    d.clear()
    print(d, Bool(d))
