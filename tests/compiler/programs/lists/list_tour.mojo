def main() raises:
    var xs: List[Int] = [5, 3, 8, 1, 9, 2]
    xs.append(7)
    xs.insert(0, 10)
    xs.extend([4, 6])
    print(xs)
    print(xs.pop(), xs.pop(0), xs)
    print(xs.index(8), xs.count(3), 3 in xs, 100 in xs)
    sort(xs)
    print(xs)
    xs.reverse()
    print(xs)
    print(xs[1:4])
    print(xs[::2])
    print(xs[::-1])
    var ys = xs.copy()
    ys.clear()
    print(len(ys), len(xs), ys == xs, xs == xs.copy())
    xs.resize(3, 0)
    print(xs)
    xs.resize(5, 42)
    print(xs)
    xs.reserve(100)
    var zs = List[Int](capacity=10)
    print(len(zs))
    var fill = List[String](length=3, fill="ab")
    print(fill)
    var total = 0
    for x in xs:
        total += x
    print(total)
    for i in range(len(xs)):
        xs[i] *= 2
    print(xs)
    for i in range(len(xs)):
        xs[i] += 1
    print(xs)
    print(xs + [1, 2])
    var words: List[String] = ["pear", "apple", "fig"]
    sort(words)
    print(words)
    print(len(words), words[0], words[len(words) - 1])
    var nested: List[List[Int]] = [[1, 2], [3], []]
    print(nested, len(nested[2]))
    if xs:
        print("non-empty")
    var e = List[Int]()
    if not e:
        print("empty")
    print(xs.__contains__(11))
    for i, w in enumerate(words):
        print(i, w)
    var sq = [x * x for x in range(5) if x % 2 == 0]
    print(sq)
    var m = max(3, 7)
    print(m, min(xs[0], xs[1]))
    xs.swap_elements(0, 1)
    print(xs)
    print(String(xs))
    var fl = [1.5, 2.25]
    print(fl)
    print(xs != [1])
