from std.bit import pop_count, count_leading_zeros, count_trailing_zeros, bit_width, next_power_of_two, prev_power_of_two, bit_reverse, byte_swap


def main():
    print(pop_count(255), pop_count(0), pop_count(7))
    print(count_leading_zeros(1), count_trailing_zeros(8))
    print(bit_width(255), bit_width(256))
    print(next_power_of_two(5), next_power_of_two(16), prev_power_of_two(100))
    print(bit_reverse(UInt8(1)), byte_swap(UInt16(0x1234)))
    print(count_leading_zeros(Int32(1)), pop_count(UInt8(3)))
