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


def sink(var t: Tok):
    print("sink has", t.name)


def keep(var t: Tok) -> Tok:
    print("keep has", t.name)
    return t^


def main():
    var a = Tok("a")
    sink(a^)
    var b = Tok("b")
    var b2 = keep(b^)
    print("got", b2.name)
    var c = Tok("c")
    var flag = b2.name.byte_length() == 1
    if flag:
        sink(c^)
    else:
        print("kept c")
    print("after conditional move")
    var d = Tok("d")
    var e = d.copy()
    print(d.name, e.name)
    var lst = List[Tok]()
    lst.append(Tok("l1"))
    lst.append(e^)
    print("list", len(lst))
    var popped = lst.pop()
    print("popped", popped.name)
    print("end")
