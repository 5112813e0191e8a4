from std.collections import Set, Counter, Deque

def main():
    var s = Set[Int]()
    try:
        _ = s.pop()
    except e:
        print(e)
    try:
        s.remove(3)
    except e:
        print(e)
    var c = Counter[String]()
    try:
        _ = c.popitem()
    except e:
        print(e)
    try:
        _ = c.pop("x")
    except e:
        print(e)
    var l = List[Int]()
    try:
        _ = l.index(3)
    except e:
        print(e)
    var o = Optional[Int]()
    try:
        _ = o[]
    except e:
        print(e)
    var d = Dict[Int, String]()
    try:
        _ = d[5]
    except e:
        print(e)
    try:
        _ = d.pop(5)
    except e:
        print(e)
