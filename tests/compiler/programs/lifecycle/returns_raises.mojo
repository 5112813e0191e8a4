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


def early(flag: Bool) -> Int:
    var a = Tok("a")
    var b = Tok("b")
    if flag:
        print("early return with", a.name)
        return 1
    print("late return with", b.name)
    return 2


def fails(n: Int) raises -> Int:
    var t = Tok("f" + String(n))
    if n > 1:
        raise Error("too big: " + String(n))
    print("fine", t.name)
    return n


def main():
    print(early(True))
    print(early(False))
    try:
        var x = Tok("x")
        _ = fails(1)
        _ = fails(2)
        print("not reached", x.name)
    except e:
        print("caught", e)
    finally:
        print("finally")
    print("end")
