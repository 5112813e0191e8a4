from std.collections import Counter, Deque
def main() raises:
    var a = Optional[Int](1)
    print(a[], a == Optional[Int](1), a != Optional[Int](2), a.unsafe_value())
    var s: StringSlice = "abc"
    print(s, hash(5) == hash(5), hash("x") == hash(String("x")))
    var l: List[String] = ["a", "b", "a"]
    var c = Counter[String](l)
    print(c["a"])
    var d = Deque[Int](1, 2, 3)
    d.rotate(1)
    print(d[0], d[1], d[2])
    d.reverse()
    print(d[0], d[1], d[2])
    var xs = List[Int]()
    xs.reserve(10)
    print(len(xs))
