# Lifecycle tracing: __init__, copy, move, __del__ order with ASAP destruction.


struct Tracer(Copyable, Movable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id
        print("init", id)

    def __init__(out self, *, copy: Self):
        self.id = copy.id + 100
        print("copy", copy.id, "->", self.id)

    def __init__(out self, *, deinit move: Self):
        self.id = move.id
        print("move", move.id)

    def __del__(deinit self):
        print("del", self.id)


def consume(var t: Tracer):
    print("consume", t.id)


def make(id: Int) -> Tracer:
    var t = Tracer(id)
    return t^


def main():
    var a = Tracer(1)
    var b = a.copy()
    print("b is", b.id)
    consume(b^)
    var c = make(2)
    var d = c^
    print("d is", d.id)
    var items = List[Tracer]()
    items.append(Tracer(3))
    print("list size", len(items))
    _ = a^
    print("end of main")
