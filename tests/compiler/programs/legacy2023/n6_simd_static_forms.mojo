# Early-2024 SIMD static forms: SIMD[size=w].load/store, Scalar.load, SIMD.splat[dtype, w](x),
# and a scalar's 2023 `.value`, used by a small ring-buffer of samples and a byte filler.
from memory.unsafe import DTypePointer
from utils.list import VariadicList

alias Samples = DTypePointer[DType.float32]

struct Signal[n: Int]:
    var data: Samples

    fn __init__(inout self):
        self.data = Samples.alloc(n)
        for i in range(n):
            self.data.store(i, Float32(i) * 0.5)

    fn window[w: Int](self, start: Int) -> SIMD[DType.float32, w]:
        return SIMD[size=w].load(self.data, start)

    fn put[w: Int](self, start: Int, v: SIMD[DType.float32, w]):
        SIMD[size=w].store(self.data, start, v)

    fn at(self, i: Int) -> Float32:
        return Scalar.load(self.data, i)

    fn release(self):
        self.data.free()

fn fill_bytes(ptr: DTypePointer[DType.uint8], value: UInt8, count: Int):
    let v = SIMD.splat[DType.uint8, 4](value)
    var i = 0
    while i + 4 <= count:
        ptr.simd_store[4](i, v)
        i += 4
    while i < count:
        ptr.store(i, value.value)
        i += 1

fn show_bytes(ptr: DTypePointer[DType.uint8], count: Int):
    var line = String("")
    for i in range(count):
        line += String(Int(ptr.load(i))) + " "
    print(line)

fn main():
    let s = Signal[12]()
    print("window 0:", s.window[4](0))
    print("window 8:", s.window[4](8))
    s.put[4](4, SIMD[DType.float32, 4](9, 8, 7, 6))
    for i in range(12):
        print("s[", i, "] =", s.at(i))
    print("sum of window 4:", s.window[4](4).reduce_add())
    s.release()

    let buf = DTypePointer[DType.uint8].alloc(11)
    fill_bytes(buf, 7, 11)
    show_bytes(buf, 11)
    fill_bytes(buf, 250, 6)
    show_bytes(buf, 11)
    buf.free()
    let sizes = VariadicList(3, 1, 4, 1, 5)
    var total = 0
    for i in range(len(sizes)):
        total += sizes[i]
    print("sizes:", len(sizes), "total:", total)
