from std.collections import Deque


def sliding_max(xs: List[Int], k: Int) raises -> List[Int]:
    var out = List[Int]()
    var dq = Deque[Int]()
    for i in range(len(xs)):
        while dq and dq[0] <= i - k:
            _ = dq.popleft()
        while dq and xs[dq[len(dq) - 1]] < xs[i]:
            _ = dq.pop()
        dq.append(i)
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out^


def main() raises:
    var xs: List[Int] = [1, 3, -1, -3, 5, 3, 6, 7]
    print(sliding_max(xs, 3))
    var d = Deque[String]()
    d.append("b")
    d.appendleft("a")
    d.append("c")
    d.extend(["d", "e"])
    print(len(d), d[0], d[len(d) - 1])
    d.rotate(2)
    var items = List[String]()
    for s in d:
        items.append(s)
    print(items)
    var recent = Deque[Int](maxlen=3)
    for i in range(6):
        recent.append(i * i)
    for v in recent:
        print(v, end=" ")
    print()
    print(recent.popleft(), recent.pop(), len(recent))
