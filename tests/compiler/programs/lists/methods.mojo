def main():
    var xs: List[Int] = [5, 3, 8, 1]
    xs.append(7)
    xs.insert(0, 10)
    print(xs)
    print(len(xs), xs[0], xs[len(xs) - 1])
    var last = xs.pop()
    print(last, xs)
    var first = xs.pop(0)
    print(first, xs)
    xs.extend([2, 2, 9])
    print(xs, xs.count(2))
    try:
        print(xs.index(8))
    except e:
        print("no", e)
    xs.reverse()
    print(xs)
    sort(xs)
    print(xs)
    print(3 in xs, 42 in xs)
    var ys = xs.copy()
    ys.clear()
    print(len(ys), len(xs), Bool(ys))
    print(xs[1:3], xs[::2])
    var zs: List[Int] = [1, 2, 3]
    print(zs == [1, 2, 3], zs != [1, 2])
