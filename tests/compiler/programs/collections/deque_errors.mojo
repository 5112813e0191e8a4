from std.collections import Deque
def main() raises:
    var e = Deque[Int]()
    try:
        _ = e.popleft()
    except err:
        print(err)
    try:
        _ = e.peek()
    except err:
        print(err)
    try:
        _ = e.peekleft()
    except err:
        print(err)
    var d = Deque[Int](1, 2)
    try:
        _ = d.index(5)
    except err:
        print(err)
    try:
        d.remove(5)
    except err:
        print(err)
    var s = Deque[String]("a", "b")
    print(s)
    d.insert(0, 7)
    d.insert(3, 9)
    print(d)
