# Copying, moving and zeroing buffers with unsafe_memcpy / unsafe_memmove / unsafe_memset.
from std.memory import unsafe_memcpy, unsafe_memmove, unsafe_memset, unsafe_memcmp


def show(name: String, p: UnsafePointer[Int16, _], n: Int):
    var s = name + ":"
    for i in range(n):
        s += " " + String(p[unsafe_offset=i])
    print(s)


def main():
    comptime n = 10
    var src = alloc[Int16](n)
    var dst = alloc[Int16](n)
    for i in range(n):
        src[unsafe_offset=i] = Int16(i * 11)
    unsafe_memset(dst, 0, n)
    show("zeroed", dst, n)
    unsafe_memcpy(dest=dst, src=src, count=n)
    show("copied", dst, n)
    print("compare equal:", unsafe_memcmp(src, dst, n) == 0)
    # shift the first 6 elements right by 3 (overlapping)
    unsafe_memmove(dest=dst + 3, src=dst, count=6)
    show("moved", dst, n)
    print("compare after move:", unsafe_memcmp(src, dst, n) < 0, unsafe_memcmp(src, dst, 3))
    unsafe_memset(dst, 0xFF, 2)
    show("bytes ff", dst, n)
    src.unsafe_free()
    dst.unsafe_free()
