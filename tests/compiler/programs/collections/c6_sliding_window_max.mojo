from std.collections import Deque

# Sliding-window maximum with a monotonic deque of indices.


def window_max(xs: List[Int], k: Int) raises -> List[Int]:
    var out = List[Int]()
    var dq = Deque[Int]()
    for i in range(len(xs)):
        while len(dq) > 0 and dq[0] <= i - k:
            _ = dq.popleft()
        while len(dq) > 0 and xs[dq[len(dq) - 1]] <= xs[i]:
            _ = dq.pop()
        dq.append(i)
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out^


def main() raises:
    var load: List[Int] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7]
    for k in range(1, 5):
        print("k =", k, window_max(load, k))
    var empty = List[Int]()
    print("empty", window_max(empty, 3))
