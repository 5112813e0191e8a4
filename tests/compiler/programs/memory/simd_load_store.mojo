# SIMD loads and stores through pointers to scalars, and reinterpreting bits.
from std.memory import bitcast


def main():
    var n = 12
    var f = alloc[Float32](n)
    for i in range(n):
        f[unsafe_offset=i] = Float32(i) * 0.5
    var v = f.unsafe_load[width=4](2)
    print("load at 2:", v)
    print("load at 0, width 8:", f.unsafe_load[width=8]())
    f.unsafe_store(8, v * 10)
    print("after store at 8:", f.unsafe_load[width=4](8))
    f.unsafe_store(SIMD[DType.float32, 2](-1, -2))
    print("first four:", f.unsafe_load[width=4]())
    var one = f.unsafe_load(3)
    print("scalar load:", one)

    var sum = SIMD[DType.float32, 4](0)
    var i = 0
    while i + 4 <= n:
        sum += f.unsafe_load[width=4](i)
        i += 4
    print("chunk sums:", sum, "total:", sum.reduce_add())
    f.unsafe_free()

    var words = alloc[UInt32](2)
    words[] = 0x01020304
    words[unsafe_offset=1] = 0xA0B0C0D0
    var bytes = words.bitcast[UInt8]()
    print("bytes:", bytes.unsafe_load[width=8]())
    print("byte 1:", bytes[unsafe_offset=1])
    words.unsafe_free()

    var x = SIMD[DType.float32, 4](1.0, -2.0, 0.5, 0.0)
    var bits = bitcast[DType.uint32](x)
    print("float bits:", bits)
    print("round trip:", bitcast[DType.float32](bits))
    print("float64 bits of 1.0:", bitcast[DType.uint64](Float64(1.0)))
