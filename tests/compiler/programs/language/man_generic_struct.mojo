struct Stack[T: Copyable & Writable & Deinitable](Writable, Sized):
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

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Stack(")
        for i in range(len(self.items)):
            if i > 0:
                writer.write(", ")
            writer.write(self.items[i])
        writer.write(")")


def max_of[T: Comparable & Copyable](a: T, b: T) -> T:
    return a.copy() if a > b else b.copy()


def main() raises:
    var s = Stack[Int]()
    s.push(1)
    s.push(2)
    s.push(3)
    print(s, len(s))
    print(s.pop(), s.peek().value())
    var names = Stack[String]()
    names.push("x")
    print(names, names.pop(), len(names))
    print(names.peek() is None)
    try:
        _ = names.pop()
    except e:
        print("error:", e)
    print(max_of(3, 9), max_of(String("pear"), String("apple")))
