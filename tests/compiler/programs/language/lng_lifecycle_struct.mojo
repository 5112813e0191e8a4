# Lifecycle methods: __init__ overloads, copy and move constructors,
# __deinit__, and where Mojo runs each.


struct Tracked(Copyable, Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __init__(out self, n: Int):
        self.name = "num" + String(n)
        print("init from int", n)

    def __init__(out self, *, copy: Self):
        self.name = copy.name + "'"
        print("copy", copy.name)

    def __init__(out self, *, deinit take: Self):
        self.name = take.name^
        print("move", self.name)

    def __deinit__(deinit self):
        print("deinit", self.name)


def consume(var t: Tracked):
    print("consume", t.name)


def borrow(t: Tracked):
    print("borrow", t.name)


def make(n: Int) -> Tracked:
    var t = Tracked(n)
    return t^


def main():
    var a = Tracked("a")
    var b = a.copy()
    borrow(a)
    consume(b^)
    var c = make(7)
    var d = c^
    print("d is", d.name)
    var lst = List[Tracked]()
    lst.append(Tracked("in-list"))
    print("list len", len(lst))
    print("end of main")
