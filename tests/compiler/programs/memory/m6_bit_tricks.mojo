# The bit module on scalars of several widths and on SIMD vectors.
from std.bit import pop_count, count_leading_zeros, count_trailing_zeros, bit_reverse, byte_swap, bit_width, bit_not, next_power_of_two, prev_power_of_two, log2_floor, log2_ceil, rotate_bits_left, rotate_bits_right


def main():
    for x in [0, 1, 2, 3, 7, 8, 100, 1000, 65535, 1 << 40]:
        print(x, pop_count(x), count_leading_zeros(x), count_trailing_zeros(x), bit_width(x), next_power_of_two(x), prev_power_of_two(x))
    print("log2 floor/ceil:", log2_floor(1), log2_floor(100), log2_ceil(100), log2_ceil(128), log2_floor(1024))
    var b = UInt8(0b00010110)
    print("u8:", pop_count(b), count_leading_zeros(b), count_trailing_zeros(b), bit_reverse(b), byte_swap(b), bit_not(b))
    var h = UInt16(0x1234)
    print("u16 byte_swap:", hex(byte_swap(h)), "bit_reverse:", hex(bit_reverse(h)))
    var w = UInt32(0xDEADBEEF)
    print("u32:", hex(byte_swap(w)), pop_count(w), hex(rotate_bits_left[8](w)), hex(rotate_bits_right[4](w)))
    var q = UInt64(0x0123456789ABCDEF)
    print("u64:", hex(byte_swap(q)), hex(bit_reverse(q)), count_leading_zeros(q))
    var s = Int32(-1)
    print("i32 -1:", pop_count(s), count_leading_zeros(s), bit_not(s))
    var vec = SIMD[DType.uint32, 4](1, 255, 1024, 0x80000000)
    print("simd pop_count:", pop_count(vec))
    print("simd clz:", count_leading_zeros(vec))
    print("simd ctz:", count_trailing_zeros(vec))
    print("simd next pow2:", next_power_of_two(SIMD[DType.uint32, 4](3, 5, 17, 1000)))
    print("simd bit_width:", bit_width(vec))
    print("simd byte_swap:", byte_swap(SIMD[DType.uint16, 4](0x0102, 0x0304, 0xFF00, 1)))
    print("rotl u8:", rotate_bits_left[1](UInt8(0x81)), rotate_bits_right[2](UInt8(1)))
    # parity, gray code, isolate lowest set bit
    for n in range(8):
        var gray = n ^ (n >> 1)
        print(n, "gray", gray, "parity", pop_count(n) & 1, "lowbit", n & -n)
