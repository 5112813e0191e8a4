# std.bit helpers and bitwise operators on Int and fixed-width integers.

from std.bit import pop_count, count_leading_zeros, count_trailing_zeros, bit_width, next_power_of_two, prev_power_of_two, bit_reverse, byte_swap, rotate_bits_left, rotate_bits_right


def main():
    var x = 0b1011_0000
    print(pop_count(x), count_trailing_zeros(x), bit_width(x))
    print(count_leading_zeros(UInt8(1)), count_leading_zeros(Int32(1)))
    print(next_power_of_two(100), prev_power_of_two(100), next_power_of_two(64))
    print(bit_reverse(UInt8(0b0000_0110)), byte_swap(UInt16(0x1234)))
    print(rotate_bits_left[3](UInt8(0b1110_0001)), rotate_bits_right[1](UInt8(1)))
    print(rotate_bits_left[4](UInt16(0xABCD)), rotate_bits_right[8](Int32(0x12345678)), rotate_bits_left[1](Int8(-128)))
    print(rotate_bits_left[1](Int(-1)), rotate_bits_right[1](Int(2)), rotate_bits_left[63](Int(1)))
    print(x & 0xF0, x | 1, x ^ 0xFF, ~x, x << 2, x >> 3)
    var u = UInt8(250)
    print(u + 10, u << 1, ~u)
    var m = Int64(-1)
    print(m >> 60, UInt64(m) >> 60)
    print(hex(255), bin(5), oct(64))
