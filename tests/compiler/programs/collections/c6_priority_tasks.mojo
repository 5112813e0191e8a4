# A binary-heap priority queue of (priority, name) task tuples.


struct TaskQueue(Sized):
    var heap: List[Tuple[Int, String]]

    def __init__(out self):
        self.heap = List[Tuple[Int, String]]()

    def push(mut self, prio: Int, name: String):
        self.heap.append((prio, name))
        var i = len(self.heap) - 1
        while i > 0:
            var p = (i - 1) // 2
            if self.heap[p][0] <= self.heap[i][0]:
                break
            self.heap.swap_elements(p, i)
            i = p

    def pop(mut self) -> Tuple[Int, String]:
        var n = len(self.heap)
        self.heap.swap_elements(0, n - 1)
        var top = self.heap.pop()
        var i = 0
        n -= 1
        while True:
            var l = 2 * i + 1
            var r = l + 1
            var m = i
            if l < n and self.heap[l][0] < self.heap[m][0]:
                m = l
            if r < n and self.heap[r][0] < self.heap[m][0]:
                m = r
            if m == i:
                break
            self.heap.swap_elements(i, m)
            i = m
        return top^

    def __len__(self) -> Int:
        return len(self.heap)


def main():
    var q = TaskQueue()
    q.push(5, "write report")
    q.push(1, "fix outage")
    q.push(3, "review PR")
    q.push(4, "lunch")
    q.push(2, "reply email")
    q.push(1, "page on-call")
    print("queued", len(q))
    while len(q) > 0:
        var t = q.pop()
        print(t[0], t[1])
