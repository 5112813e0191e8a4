def main() raises:
    var xs: List[Int] = [3, 1, 2]
    print(xs.try_index(2).value(), xs.try_index(7) is None)
    xs += [4, 5]
    print(xs)
    xs *= 2
    print(xs)
    xs.shrink(3)
    print(xs)
    var ys = List[List[Int]]()
    ys.append([1])
    ys[0].append(2)
    print(ys)
    var s: List[String] = ["b", "a", "c"]
    s.reverse()
    print(s, s.index("a"), s.count("b"))
    print(len(List[Float64](length=3, fill=0.5)))
    var strs = List[String]()
    for i in range(3):
        strs.append(String(i) * 2)
    print(", ".join(strs))
    print(xs[len(xs) - 1], xs[0])
    var cp = List[Int](xs[1:])
    print(xs, cp)
    try:
        _ = xs.index(42)
    except e:
        print("error:", e)
    var big: List[Int] = [5, 2, 9, 1]
    sort(big)
    print(big, big[::-1])
    print(List[Int]() == List[Int](), [1, 2] != [1, 3])
    var t = [x * 2 for x in big]
    print(t)
    var z = List[Int](capacity=4)
    z.append(1)
    print(z, len(z))
    print(repr(big) if False else "r")
