# A generic stack over Copyable & Movable elements with Optional results and raising pops.


struct Stack[T: Copyable & Deinitable](Sized, Boolable):
    var items: List[Self.T]

    def __init__(out self):
        self.items = List[Self.T]()

    def push(mut self, var item: Self.T):
        self.items.append(item^)

    def pop(mut self) raises -> Self.T:
        if len(self.items) == 0:
            raise Error("pop from empty stack")
        return self.items.pop()

    def peek(self) -> Optional[Self.T]:
        if len(self.items) == 0:
            return None
        return self.items[len(self.items) - 1].copy()

    def __len__(self) -> Int:
        return len(self.items)

    def __bool__(self) -> Bool:
        return len(self.items) > 0


def main() raises:
    var s = Stack[Int]()
    for i in range(5):
        s.push(i * i)
    print("size", len(s))
    var top = s.peek()
    if top:
        print("top", top.value())
    while s:
        print(s.pop(), end=" ")
    print()
    try:
        _ = s.pop()
    except e:
        print("error:", e)
    var words = Stack[String]()
    words.push("alpha")
    words.push("beta")
    print(words.pop(), len(words))
    print(words.__bool__(), s.__bool__())
