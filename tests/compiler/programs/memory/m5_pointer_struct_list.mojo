# A growable Float64 buffer built on alloc/free, with push, resize and SIMD-wide sum.
from std.memory import unsafe_memcpy


struct FloatBuf:
    var ptr: UnsafePointer[Float64, MutUntrackedOrigin]
    var size: Int
    var cap: Int

    def __init__(out self):
        self.cap = 2
        self.size = 0
        self.ptr = alloc[Float64](self.cap)

    def push(mut self, v: Float64):
        if self.size == self.cap:
            var bigger = alloc[Float64](self.cap * 2)
            unsafe_memcpy(dest=bigger, src=self.ptr, count=self.size)
            self.ptr.unsafe_free()
            self.ptr = bigger
            self.cap *= 2
            print("  grew to", self.cap)
        self.ptr[unsafe_offset=self.size] = v
        self.size += 1

    def sum(self) -> Float64:
        var acc = SIMD[DType.float64, 4](0)
        var i = 0
        while i + 4 <= self.size:
            acc += self.ptr.unsafe_load[width=4](i)
            i += 4
        var s = acc.reduce_add()
        while i < self.size:
            s += self.ptr[unsafe_offset=i]
            i += 1
        return s

    def __deinit__(deinit self):
        self.ptr.unsafe_free()


def main():
    var b = FloatBuf()
    for i in range(11):
        b.push(Float64(i) * 1.25)
    print("size:", b.size, "cap:", b.cap, "sum:", b.sum())
