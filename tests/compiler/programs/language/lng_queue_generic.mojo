# A generic ring-buffer queue with Optional results, a trait-bounded
# generic helper, and an Equatable search through `in`.


struct Queue[T: Copyable & Writable & Equatable & Deinitable](Sized, Writable):
    var buf: List[Self.T]
    var head: Int

    def __init__(out self):
        self.buf = List[Self.T]()
        self.head = 0

    def push(mut self, var v: Self.T):
        self.buf.append(v^)

    def pop(mut self) -> Optional[Self.T]:
        if self.head >= len(self.buf):
            return None
        self.head += 1
        return self.buf[self.head - 1].copy()

    def __len__(self) -> Int:
        return len(self.buf) - self.head

    def __contains__(self, v: Self.T) -> Bool:
        for i in range(self.head, len(self.buf)):
            if self.buf[i] == v:
                return True
        return False

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Queue(")
        for i in range(self.head, len(self.buf)):
            if i > self.head:
                writer.write(" <- ")
            writer.write(self.buf[i])
        writer.write(")")


def drain[T: Copyable & Writable & Equatable & Deinitable](mut q: Queue[T]) -> Int:
    var n = 0
    while True:
        var item = q.pop()
        if not item:
            break
        print("  got", item.value())
        n += 1
    return n


def main():
    var q = Queue[Int]()
    for i in range(1, 5):
        q.push(i * 11)
    print(q, len(q), 22 in q, 23 in q)
    _ = q.pop()
    print(q, 11 in q)
    print("drained", drain(q), "left", len(q))
    var names = Queue[String]()
    names.push("ann")
    names.push("bob")
    print(names, "bob" in names)
    print(drain(names))
