from std.memory import OwnedPointer, ArcPointer
from std.memory.alloc import unsafe_alloc


@fieldwise_init
struct Node(Copyable, Writable):
    var value: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Node(", self.value, ")")


def main():
    var x = 10
    var p = Pointer(to=x)
    p[] += 5
    print(x, p[])

    var buf = unsafe_alloc[Int](4)
    for i in range(4):
        buf.unsafe_offset(i).unsafe_write(i * i)
    print(buf[unsafe_offset=0], buf[unsafe_offset=1], buf[unsafe_offset=3])
    buf[unsafe_offset=2] = 99
    print(buf[unsafe_offset=2])
    buf.unsafe_free()

    var owned = OwnedPointer(Node(7))
    print(owned[])
    owned[].value = 8
    print(owned[].value)

    var shared = ArcPointer(Node(1))
    var other = shared
    other[].value = 42
    print(shared[].value, shared.count())
