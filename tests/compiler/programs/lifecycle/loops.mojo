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


def main():
    var keep = Tok("outer")
    for i in range(3):
        var t = Tok("loop" + String(i))
        if i == 1:
            print("continue at", i)
            continue
        if i == 2:
            print("break at", i)
            break
        print("body uses", t.name, keep.name)
    print("after loop")
    var j = 0
    while j < 2:
        var w = Tok("w" + String(j))
        j += 1
        print("while", w.name)
    var s = Tok("s0")
    for k in range(2):
        print("reassign", s.name)
        s = Tok("s" + String(k + 1))
    print("last", s.name)
