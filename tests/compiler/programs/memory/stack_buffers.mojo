# stack_allocation: scratch buffers in the function's own frame, typed by a type or a DType.

from std.memory import stack_allocation

def fill(n: Int) -> Float32:
    var buf = stack_allocation[16, Float32]()
    for i in range(16):
        buf[unsafe_offset=i] = Float32(i * n)
    var v = buf.unsafe_load[width=8](8)
    return v.reduce_add()

def main():
    print(fill(1), fill(2))
    var b = stack_allocation[4, DType.int32]()
    b.unsafe_store(SIMD[DType.int32, 4](1, 2, 3, 4))
    print(b.unsafe_load[width=4](), b[unsafe_offset=3])
    var total = 0
    for k in range(3):
        var t = stack_allocation[2, Int]()
        t[unsafe_offset=0] = k
        t[unsafe_offset=1] = k * 10
        total += t[unsafe_offset=0] + t[unsafe_offset=1]
    print(total)
