struct Stack:
    var items: List[Int]

    def __init__(out self):
        self.items = List[Int]()

    def pop(mut self) -> Int:
        if len(self.items) == 0:
            raise Error("empty")
        return self.items.pop()


def main():
    var s = Stack()
    print(s.pop())
