def main() raises:
    var xs: List[Int] = [5, 3, 8, 1, 9, 2]
    xs.insert(2, 7)
    print(xs)
    xs.extend([10, 11])
    print(len(xs), xs[len(xs) - 1])
    print(xs.pop(), xs.pop(0), xs)
    xs.reverse()
    print(xs)
    print(xs.index(8))
    var ys = xs.copy()
    ys.clear()
    print(len(ys), len(xs))
    print(xs[1:3])
    print(xs[:2])
    print(xs[4:])
    print(xs[::2])
    print(xs[::-1])
    var zs = xs + [100]
    print(zs)
    var one: List[String] = ["ab"]
    var rep = one * 3
    print(rep)
    print(9 in xs, 42 in xs)
    xs.resize(3, 0)
    print(xs)
    xs.resize(5, -1)
    print(xs)
    print(xs == [2, 9, 1, -1, -1], xs != zs)
