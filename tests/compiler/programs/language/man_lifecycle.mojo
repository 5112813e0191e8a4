struct Tracked(Copyable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __init__(out self, *, copy: Self):
        self.name = copy.name + "'"
        print("copy", self.name)

    def __init__(out self, *, deinit move: Self):
        self.name = move.name^
        print("move", self.name)

    def __deinit__(deinit self):
        print("del", self.name)


def use(t: Tracked):
    print("use", t.name)


def take_it(var t: Tracked):
    print("took", t.name)


def main():
    var a = Tracked("a")
    var b = a.copy()
    use(b)
    var c = a^
    take_it(c^)
    print("middle")
    take_it(b.copy())
    use(b)
    print("end")
