# Destruction order: ASAP after last use, inside loops, across branches, and in containers.


struct Noisy(Movable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id
        print("  new", id)

    def __del__(deinit self):
        print("  drop", self.id)

    def touch(self):
        print("  touch", self.id)


def maybe(flag: Bool):
    var n = Noisy(1)
    if flag:
        n.touch()
        print("  branch taken")
    else:
        print("  branch skipped")
    print("  end of maybe")


def in_loop():
    for i in range(3):
        var n = Noisy(10 + i)
        if i == 1:
            print("  skip", i)
            continue
        n.touch()
    print("  loop done")


def returns_early(k: Int) -> Int:
    var a = Noisy(20)
    var b = Noisy(21)
    if k > 0:
        a.touch()
        return k
    b.touch()
    return -k


def main():
    print("maybe(True)")
    maybe(True)
    print("maybe(False)")
    maybe(False)
    print("in_loop")
    in_loop()
    print("returns_early")
    print(returns_early(1))
    print(returns_early(0))
    print("list")
    var l = List[Noisy]()
    l.append(Noisy(30))
    l.append(Noisy(31))
    print("  clearing")
    l.clear()
    print("  cleared")
    l.append(Noisy(32))
    print("end")
