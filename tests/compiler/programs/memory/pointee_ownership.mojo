# Values of non-trivial types behind raw pointers: moving in and out, copying in, destroying in
# place, and assignment (which destroys the old value), with every lifecycle event printed.


struct Tracked(Copyable, Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("  init", name)

    def __init__(out self, *, copy: Self):
        self.name = copy.name + "'"
        print("  copy ->", self.name)

    def __init__(out self, *, deinit move: Self):
        self.name = move.name^
        print("  move", self.name)

    def __deinit__(deinit self):
        print("  del", self.name)


def main():
    print("strings:")
    var s = alloc[String](3)
    s.unsafe_write(String("alpha"))
    var beta = String("beta")
    s.unsafe_offset(1).unsafe_write(copy=beta)
    s.unsafe_offset(2).unsafe_write("gamma" + String("!"))
    print(s[], s[unsafe_offset=1], s[unsafe_offset=2], beta)
    s[unsafe_offset=1] = String("BETA")
    print("after assignment:", s[unsafe_offset=1])
    var taken = s.unsafe_offset(2).unsafe_take_pointee()
    print("taken:", taken, "bytes", taken.byte_length())
    s.unsafe_deinit_pointee()
    s.unsafe_offset(1).unsafe_deinit_pointee()
    s.unsafe_free()

    print("structs:")
    var t = alloc[Tracked](2)
    t.unsafe_write(Tracked("a"))
    var b = Tracked("b")
    print("write copy:")
    t.unsafe_offset(1).unsafe_write(copy=b)
    print("read field:", t[].name, t[unsafe_offset=1].name)
    print("assign:")
    t[] = Tracked("c")
    print("take:")
    var got = t.unsafe_take_pointee()
    print("got", got.name)
    print("deinit in place:")
    t.unsafe_offset(1).unsafe_deinit_pointee()
    t.unsafe_free()
    print("end of main")
