# Raw memory operations: copy, move (overlapping), set, compare.
from std.memory import unsafe_memcpy, unsafe_memmove, unsafe_memset, unsafe_memcmp, memmove


def show(label: String, p: UnsafePointer[Int32, _], n: Int):
    print(label, end="")
    for i in range(n):
        print("", p[unsafe_offset=i], end="")
    print()


def main():
    var n = 8
    var a = alloc[Int32](n)
    var b = alloc[Int32](n)
    for i in range(n):
        a[unsafe_offset=i] = Int32(i + 1)
    unsafe_memcpy(dest=b, src=a, count=n)
    show("copy:", b, n)
    print("equal:", unsafe_memcmp(a, b, n))
    b[unsafe_offset=5] = 0
    print("a vs b:", unsafe_memcmp(a, b, n), "b vs a:", unsafe_memcmp(b, a, n), "first 5:", unsafe_memcmp(a, b, 5))

    unsafe_memmove(dest=a.unsafe_offset(2), src=a, count=5)
    show("moved right:", a, n)
    memmove(dest=a, src=a.unsafe_offset(1), count=4)
    show("moved left:", a, n)

    unsafe_memset(b, 0, n)
    show("zeroed:", b, n)
    unsafe_memset(b, 1, 2)
    show("bytes set to 1:", b, n)
    a.unsafe_free()
    b.unsafe_free()

    var bytes = alloc[UInt8](4)
    unsafe_memset(bytes, 255, 4)
    print("bytes:", bytes[], bytes[unsafe_offset=3])
    bytes.unsafe_free()
