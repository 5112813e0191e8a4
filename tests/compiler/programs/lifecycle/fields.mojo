struct Tok(Copyable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("  init", self.name)

    def __init__(out self, *, copy: Self):
        self.name = copy.name + "+c"
        print("  copy", self.name)

    def __init__(out self, *, deinit move: Self):
        self.name = move.name^
        print("  move", self.name)

    def __deinit__(deinit self):
        print("  del", self.name)


@fieldwise_init
struct Pair(Movable):
    var left: Tok
    var right: Tok


struct Holder(Movable):
    var inner: Tok
    var label: String

    def __init__(out self, var inner: Tok, label: String):
        self.inner = inner^
        self.label = label

    def __deinit__(deinit self):
        print("  holder del", self.label)


def main():
    var p = Pair(Tok("l"), Tok("r"))
    print("pair", p.left.name, p.right.name)
    var h = Holder(Tok("in"), "H")
    print("holder", h.label)
    var o: Optional[Tok] = Tok("opt")
    if o:
        print("optional has", o.value().name)
    var none = Optional[Tok](None)
    print("none is empty:", not none)
    print("end")
