# Lifecycle methods: constructors, copy and move constructors, destructors,
# and the order in which Mojo runs them (values are destroyed after last use).

struct Resource(Copyable):
    var name: String
    var generation: Int

    def __init__(out self, name: String):
        self.name = name
        self.generation = 0
        print("  acquire", self.name)

    def __init__(out self, *, copy: Self):
        self.name = copy.name
        self.generation = copy.generation + 1
        print("  copy", self.name, "gen", self.generation)

    def __init__(out self, *, deinit move: Self):
        self.name = move.name^
        self.generation = move.generation
        print("  move", self.name)

    def __deinit__(deinit self):
        print("  release", self.name, "gen", self.generation)


@fieldwise_init
struct Pair(Copyable):
    var first: Resource
    var second: Resource


def borrow(r: Resource):
    print("  borrow", r.name)


def sink(var r: Resource):
    print("  sink", r.name)


def make(name: String) -> Resource:
    var r = Resource(name)
    return r^


def main():
    print("create a")
    var a = Resource("a")
    print("borrow a")
    borrow(a)
    print("copy a into b")
    var b = a.copy()
    print("sink b")
    sink(b^)
    print("make c")
    var c = make("c")
    print("pair")
    var p = Pair(a^, c^)
    print("copy pair")
    var p2 = p.copy()
    print("use pairs", p.first.name, p2.second.generation)
    print("end of main")
