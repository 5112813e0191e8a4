from std.collections import Counter, Deque, Array


def main() raises:
    var c = Counter[String]()
    for w in String("the cat and the hat and the bat").split(" "):
        c[String(w)] += 1
    print(c["the"], c["and"], c["zzz"], len(c))
    print(len(c.most_common(2)))
    print(c.total())
    var d = Deque[Int]()
    d.append(1)
    d.append(2)
    d.appendleft(0)
    print(len(d), d[0], d[2])
    print(d.pop(), d.popleft(), len(d))
    d.extend([5, 6, 7])
    for x in d:
        print(x, end=" ")
    print()
    var a = Array[Int, 4](fill=0)
    a[1] = 5
    for i in range(len(a)):
        print(a[i], end=",")
    print()
    var b: Array[Float64, 3] = [1.0, 2.0, 3.0]
    var s = 0.0
    for v in b:
        s += v
    print(s)
    var t = (1, "two", 3.0)
    print(t[0], t[1], t[2], len(t))
    var (x, y) = (10, 20)
    print(x + y)
    var pair = Tuple[Int, String](5, "five")
    print(pair[1])
