# Mojo 1.2's Layout-based allocation: alloc(Layout[T](count=n)) gives an Allocation that owns the
# storage until dealloc consumes it.
from std.memory import alloc, dealloc, Layout


def main():
    var layout = Layout[Int64](count=5)
    print("layout count:", layout.count())
    var a = alloc(layout)
    print("len:", len(a), "layout:", a.layout().count())
    var p = a.unsafe_ptr()
    for i in range(len(a)):
        p[unsafe_offset=i] = Int64(10 * i)
    var s: Int64 = 0
    for i in range(len(a)):
        s += a.unsafe_ptr()[unsafe_offset=i]
    print("sum:", s)
    dealloc(a^)

    var one = alloc(Layout[Float64].single())
    one.unsafe_ptr()[] = 2.5
    print("single:", one.unsafe_ptr()[], len(one))
    var raw = one^.unsafe_leak()
    print("leaked then freed:", raw[])
    raw.unsafe_free()
