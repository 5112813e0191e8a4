from std.collections import Deque


def main() raises:
    var q = Deque[Int]()
    for i in range(5):
        q.append(i)
    q.appendleft(-1)
    print(q, len(q))
    print(q.peek(), q.peekleft())
    print(q.pop(), q.popleft(), q)
    q.extend([10, 11])
    q.extendleft([20, 21])
    print(q)
    q.rotate(2)
    print(q)
    q.rotate(-3)
    print(q)
    q.reverse()
    print(q)
    print(q.count(10), q.index(11), 3 in q, 99 in q)
    q.insert(2, 77)
    print(q)
    q.remove(77)
    print(q, q[0], q[len(q) - 1])
    var q2 = Deque[Int](capacity=4)
    q2.append(1)
    print(q2, Bool(q2), q == q2)
    var q3 = q + q2
    print(q3)
    q.clear()
    print(q, Bool(q))
    var bounded = Deque[String](maxlen=3)
    for s in ["a", "b", "c", "d", "e"]:
        bounded.append(s)
    print(bounded)
    try:
        _ = q.pop()
    except e:
        print("error:", e)
