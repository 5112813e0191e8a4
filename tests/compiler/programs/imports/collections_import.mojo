from std.collections import List, Dict, Set, Optional, Counter, Deque


def main() raises:
    var c = Counter[String]()
    for w in ["a", "b", "a"]:
        c[w] += 1
    print(c["a"], c["b"], c["zz"])
    var q = Deque[Int]()
    q.append(1)
    q.append(2)
    q.appendleft(0)
    print(len(q), q.popleft(), q.pop(), len(q))
