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


def make(name: String) -> Tok:
    return Tok(name)


def show(t: Tok) -> String:
    return "<" + t.name + ">"


def main():
    print("temporary argument")
    print(show(Tok("a")))
    print("temporary from a function")
    print(make("b").name)
    print("discarded result")
    _ = make("c")
    print("expression statement")
    make("d")
    print("field of a temporary")
    var n = make("e").name
    print(n)
    print("end")
