# A generic ring-buffer queue and a stack with Optional results and parameters.


struct RingQueue[T: Copyable & Deinitable, capacity: Int](Sized):
    var items: List[Optional[Self.T]]
    var head: Int
    var count: Int

    def __init__(out self):
        self.items = List[Optional[Self.T]]()
        for _ in range(Self.capacity):
            self.items.append(None)
        self.head = 0
        self.count = 0

    def __len__(self) -> Int:
        return self.count

    def push(mut self, value: Self.T) -> Bool:
        if self.count == Self.capacity:
            return False
        var idx = (self.head + self.count) % Self.capacity
        self.items[idx] = value.copy()
        self.count += 1
        return True

    def pop(mut self) -> Optional[Self.T]:
        if self.count == 0:
            return None
        var v = self.items[self.head].copy()
        self.items[self.head] = None
        self.head = (self.head + 1) % Self.capacity
        self.count -= 1
        return v^

    def is_full(self) -> Bool:
        return self.count == Self.capacity


struct Stack[T: Copyable & Deinitable]:
    var data: List[Self.T]

    def __init__(out self):
        self.data = List[Self.T]()

    def push(mut self, var v: Self.T):
        self.data.append(v^)

    def pop(mut self) raises -> Self.T:
        if len(self.data) == 0:
            raise Error("pop from empty stack")
        return self.data.pop()

    def peek(self) -> Optional[Self.T]:
        if len(self.data) == 0:
            return None
        return self.data[len(self.data) - 1].copy()

    def __bool__(self) -> Bool:
        return len(self.data) > 0


def main():
    var q = RingQueue[Int, 3]()
    for i in range(5):
        print("push", i, q.push(i * 10), "len", len(q), "full", q.is_full())
    for _ in range(2):
        var v = q.pop()
        if v:
            print("popped", v.value())
    print("push 99", q.push(99), "push 98", q.push(98), "push 97", q.push(97))
    while len(q) > 0:
        print("drain", q.pop().value())
    print("empty pop is none:", not q.pop())

    var s = Stack[String]()
    s.push("a")
    s.push("bb")
    s.push("ccc")
    print("peek", s.peek().value())
    while s:
        try:
            print("pop", s.pop())
        except e:
            print("unexpected", e)
    try:
        _ = s.pop()
    except e:
        print("error:", e)
    var p = s.peek()
    print("peek empty", p.__bool__())
