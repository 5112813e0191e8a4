from std.collections import Deque

# A deque as a sliding window and a rotating job ring.


def main() raises:
    var q = Deque[Int]()
    for i in range(5):
        q.append(i)
    q.appendleft(-1)
    q.appendleft(-2)
    print(q, len(q))
    print("front", q[0], "back", q[len(q) - 1])
    print("pop", q.pop(), "popleft", q.popleft())
    print(q)
    q.extend([10, 11])
    q.extendleft([20, 21])
    print("extended", q)
    q.rotate(2)
    print("rotate 2", q)
    q.rotate(-3)
    print("rotate -3", q)
    print("index of 10:", q.index(10), "count 0:", q.count(0), "has 11:", 11 in q)
    q.insert(2, 500)
    print("insert", q)
    q.remove(500)
    print("remove", q)
    q.reverse()
    print("reverse", q)
    var c = q.copy()
    c.clear()
    print("copy cleared", len(c), "orig", len(q))
    for x in q:
        print("item", x)
    var window = Deque[Int](maxlen=3)
    for v in [5, 6, 7, 8, 9]:
        window.append(v)
        print("window", window)
    var total = 0
    for x in window:
        total += x
    print("window total", total)
    try:
        var e = Deque[Int]()
        _ = e.pop()
    except err:
        print("pop empty:", err)
    var names = Deque[String]("x", "y")
    names.appendleft("w")
    print(names, names == Deque[String]("w", "x", "y"))
