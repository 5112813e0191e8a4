struct MinHeap(Sized):
    var data: List[Int]

    def __init__(out self):
        self.data = List[Int]()

    def __len__(self) -> Int:
        return len(self.data)

    def push(mut self, v: Int):
        self.data.append(v)
        var i = len(self.data) - 1
        while i > 0:
            var parent = (i - 1) // 2
            if self.data[parent] <= self.data[i]:
                break
            self.data.swap_elements(parent, i)
            i = parent

    def pop(mut self) -> Int:
        var top = self.data[0]
        var last = self.data.pop()
        if len(self.data) > 0:
            self.data[0] = last
            var i = 0
            while True:
                var l = 2 * i + 1
                var r = l + 1
                var m = i
                if l < len(self.data) and self.data[l] < self.data[m]:
                    m = l
                if r < len(self.data) and self.data[r] < self.data[m]:
                    m = r
                if m == i:
                    break
                self.data.swap_elements(m, i)
                i = m
        return top


def main():
    var h = MinHeap()
    var values: List[Int] = [42, 7, 19, 3, 88, 3, 56, 1, 23]
    for v in values:
        h.push(v)
    print("size", len(h))
    var out = List[Int]()
    while len(h) > 0:
        out.append(h.pop())
    print(out)
    var k_smallest = List[Int]()
    for v in values:
        h.push(v)
    for _ in range(3):
        k_smallest.append(h.pop())
    print("3 smallest:", k_smallest)
