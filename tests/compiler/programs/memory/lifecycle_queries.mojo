# Lifecycle questions about types (what a container may do with memcpy instead of constructors) and
# forget_deinit, which ends a value's life without its destructor.
from std.memory import is_trivially_copyable, is_trivially_movable, is_trivially_deletable, forget_deinit

@fieldwise_init
struct P(Copyable, Movable):
    var x: Int
    var y: Float64

struct Loud(Movable):
    var n: Int
    def __init__(out self, n: Int):
        self.n = n
    def __deinit__(deinit self):
        print("del", self.n)

def main():
    print(is_trivially_copyable[Int](), is_trivially_copyable[String](), is_trivially_copyable[P]())
    print(is_trivially_movable[Int](), is_trivially_movable[String](), is_trivially_movable[Loud]())
    print(is_trivially_deletable[Int](), is_trivially_deletable[String](), is_trivially_deletable[Loud](), is_trivially_deletable[P]())
    var a = Loud(1)
    forget_deinit(a^)
    var b = Loud(2)
    _ = b.n
    print("end")
