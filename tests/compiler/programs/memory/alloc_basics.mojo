# Heap buffers through UnsafePointer: alloc, indexing, pointer arithmetic, comparisons, free.


def fill_squares(p: UnsafePointer[Int, MutUntrackedOrigin], n: Int):
    for i in range(n):
        p[unsafe_offset=i] = i * i


def total(p: UnsafePointer[mut=False, Int, _], n: Int) -> Int:
    var s = 0
    for i in range(n):
        s += p[unsafe_offset=i]
    return s


struct IntBuffer:
    var data: UnsafePointer[Int, MutUntrackedOrigin]
    var size: Int

    def __init__(out self, size: Int):
        self.data = alloc[Int](size)
        self.size = size
        for i in range(size):
            self.data[unsafe_offset=i] = 0

    def __getitem__(self, i: Int) -> Int:
        return self.data[unsafe_offset=i]

    def __setitem__(mut self, i: Int, value: Int):
        self.data[unsafe_offset=i] = value

    def __deinit__(deinit self):
        print("freeing", self.size, "ints")
        self.data.unsafe_free()


def main():
    var n = 6
    var p = alloc[Int](n)
    fill_squares(p, n)
    print("squares:", p[unsafe_offset=0], p[unsafe_offset=1], p[unsafe_offset=5])
    print("total:", total(p, n))

    # Offsets and dereference.
    var third = p.unsafe_offset(2)
    print("third[]:", third[], "third[1]:", third[unsafe_offset=1])
    third[] = 100
    print("after write through third:", p[unsafe_offset=2])

    # Pointer differences and comparisons.
    var last = p.unsafe_offset(n - 1)
    print("last - p:", last - p, "offset_from:", last.offset_from(p))
    print("p < last:", p < last, "p == p:", p == p, "p != last:", p != last, "last >= third:", last >= third)
    print("bytes between:", Int(last) - Int(p))

    # Walking with += and -=.
    var q = p
    var walked = 0
    for _ in range(n):
        walked += q[]
        q += 1
    q -= n
    print("walked sum:", walked, "back at start:", q == p)
    p.unsafe_free()

    # A struct that owns its buffer frees it when it dies.
    var buf = IntBuffer(4)
    buf[1] = 7
    buf[3] = buf[1] * 3
    print("buf:", buf[0], buf[1], buf[2], buf[3])
    print("done")
