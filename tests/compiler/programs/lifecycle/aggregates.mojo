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
    print("tuple")
    var t = (Tok("t1"), Tok("t2"))
    print("tuple made", t[0].name)
    print("list literal")
    var l: List[Tok] = [Tok("a"), Tok("b")]
    print("list made", len(l))
    var x = Tok("x")
    var y = Tok("y")
    print("both", x.name, y.name)
    print("insert")
    l.insert(0, Tok("i"))
    print("opt")
    var o: Optional[Tok] = Tok("o")
    print("opt made", o.value().name)
    var s = l[0].copy()
    print("end", s.name)
