# A generic Stack[T] over List, with Sized, Boolable and Writable, used with
# Int and String elements; pop raises when empty.


struct Stack[T: Copyable & Writable & Deinitable](Sized, Boolable, Writable):
    var items: List[Self.T]

    def __init__(out self):
        self.items = List[Self.T]()

    def push(mut self, var v: Self.T):
        self.items.append(v^)

    def pop(mut self) raises -> Self.T:
        if len(self.items) == 0:
            raise Error("pop from empty stack")
        return self.items.pop()

    def peek(self) raises -> Self.T:
        if len(self.items) == 0:
            raise Error("peek at empty stack")
        return self.items[len(self.items) - 1].copy()

    def __len__(self) -> Int:
        return len(self.items)

    def __bool__(self) -> Bool:
        return len(self.items) > 0

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Stack[")
        for i in range(len(self.items)):
            if i:
                writer.write(", ")
            writer.write(self.items[i])
        writer.write("]")


def main() raises:
    var s = Stack[Int]()
    for i in range(5):
        s.push(i * i)
    print(s, "len", len(s))
    print("peek", s.peek())
    while s:
        print("pop", s.pop())
    print("empty:", s, not s)
    try:
        _ = s.pop()
    except e:
        print("error:", e)

    var words = Stack[String]()
    words.push("alpha")
    words.push("beta")
    words.push("gamma")
    print(words)
    var top = words.pop()
    print("popped", top, "left", len(words))
