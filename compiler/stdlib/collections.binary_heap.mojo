# std.collections.BinaryHeap: a max-heap over a List (Mojo 1.2: `push`, `pop` the largest, `peek`).


struct BinaryHeap[T: Comparable & Copyable](Sized, Copyable):
    var _data: List[Self.T]

    def __init__(out self):
        self._data = List[Self.T]()

    def __init__(out self, *, capacity: Int):
        self._data = List[Self.T](capacity=capacity)

    def __len__(self) -> Int:
        return len(self._data)

    def __bool__(self) -> Bool:
        return len(self._data) > 0

    def clear(mut self):
        self._data.clear()

    def copy(self) -> Self:
        var h = Self()
        h._data = self._data.copy()
        return h^

    def peek(self) -> Self.T:
        return self._data[0].copy()

    def push(mut self, var val: Self.T):
        self._data.append(val^)
        var i = len(self._data) - 1
        while i > 0:
            var parent = (i - 1) // 2
            if not (self._data[parent] < self._data[i]):
                break
            self._data.swap_elements(parent, i)
            i = parent

    def pop(mut self) -> Self.T:
        var n = len(self._data)
        self._data.swap_elements(0, n - 1)
        var top = self._data.pop()
        n -= 1
        var i = 0
        while True:
            var l = 2 * i + 1
            var r = l + 1
            var m = i
            if l < n and self._data[m] < self._data[l]:
                m = l
            if r < n and self._data[m] < self._data[r]:
                m = r
            if m == i:
                break
            self._data.swap_elements(i, m)
            i = m
        return top^
