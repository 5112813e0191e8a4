# OwnedPointer (one owner of a heap value) and ArcPointer (shared, reference counted): construction
# moves the value to the heap, p[] reads and writes it in place, and the destructor runs when the
# last owner dies.
from std.memory import OwnedPointer, ArcPointer

struct Node(Movable, Writable):
    var value: Int
    def __init__(out self, value: Int):
        self.value = value
        print("  init", value)
    def __init__(out self, *, deinit move: Self):
        self.value = move.value
        print("  move", self.value)
    def __deinit__(deinit self):
        print("  del", self.value)
    def write_to(self, mut writer: Some[Writer]):
        writer.write("Node(", self.value, ")")

def main():
    print("owned:")
    var o = OwnedPointer(Node(1))
    print(o[].value)
    o[].value = 5
    print(o[])
    var moved = o^
    print(moved[].value)
    var inner = moved^.into_inner()
    print("inner", inner.value)
    var s = OwnedPointer(String("hi"))
    print(s[], s[].byte_length())
    print("arc:")
    var a = ArcPointer(Node(7))
    print(a.count())
    var b = a
    print(a.count(), b.count(), a[].value)
    b[].value = 8
    print(a[].value, a is b)
    _ = b^
    print(a.count())
    var shared = ArcPointer(List[String]())
    var alias_ = shared
    alias_[].append("x")
    shared[].append("y")
    print(len(shared[]), shared[][1], alias_.count(), shared is alias_)
    var other = ArcPointer(List[String]())
    print(shared is not other, other.count())
    print("end")
