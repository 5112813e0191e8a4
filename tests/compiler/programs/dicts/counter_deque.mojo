from std.collections import Counter, Deque


def main() raises:
    var c = Counter[String]()
    for w in String("a b c a b a").split():
        c[String(w)] += 1
    print(c["a"], c["b"], c["c"], c["d"], len(c), c.total())
    print("a" in c, "z" in c)
    var d = Deque[Int]()
    for i in range(5):
        d.append(i)
    d.appendleft(-1)
    print(len(d), d[0], d[len(d) - 1])
    print(d.popleft(), d.pop(), len(d))
    var total = 0
    for x in d:
        total += x
    print(total)
