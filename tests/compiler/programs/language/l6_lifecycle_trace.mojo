# Lifecycle tracing through struct fields, containers, function returns and reassignment.


struct Tag(Copyable, Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("  + init", name)

    def __init__(out self, *, copy: Self):
        self.name = copy.name + "'"
        print("  + copy", self.name)

    def __init__(out self, *, deinit move: Self):
        self.name = move.name
        print("  + move", self.name)

    def __del__(deinit self):
        print("  - del", self.name)


struct Pair(Movable):
    var first: Tag
    var second: Tag

    def __init__(out self, var a: Tag, var b: Tag):
        self.first = a^
        self.second = b^

    def swap(mut self):
        var tmp = self.first^
        self.first = self.second^
        self.second = tmp^


def build(n: String) -> Tag:
    return Tag(n)


def take(var t: Tag) -> String:
    return "took " + t.name


def peek(t: Tag) -> String:
    return "peek " + t.name


def main():
    print("step 1: build and reassign")
    var t = build("a")
    t = build("b")
    print("step 2: copy then move")
    var u = t.copy()
    print(peek(u))
    print(take(u^))
    print("step 3: pair")
    var p = Pair(Tag("x"), t^)
    p.swap()
    print("pair is", p.first.name, p.second.name)
    print("step 4: list of tags")
    var l = List[Tag]()
    l.append(Tag("l1"))
    l.append(Tag("l2"))
    var popped = l.pop()
    print("popped", popped.name)
    print("step 5: end")
