# Bit manipulation with Int and fixed-width integers: masks, flags, popcount by hand, rotations.
from std.bit import pop_count, count_leading_zeros


comptime READ = 1
comptime WRITE = 2
comptime EXEC = 4


def perms(mask: Int) -> String:
    var s = String()
    s += "r" if mask & READ else "-"
    s += "w" if mask & WRITE else "-"
    s += "x" if mask & EXEC else "-"
    return s


def popcount(x: Int) -> Int:
    var n = 0
    var v = x
    while v != 0:
        v &= v - 1
        n += 1
    return n


def rotl8(x: UInt8, k: Int) -> UInt8:
    var s = UInt8(k % 8)
    if s == 0:
        return x
    return (x << s) | (x >> (8 - s))


def main():
    for m in range(8):
        print(m, perms(m))
    var flags = READ | EXEC
    flags |= WRITE
    flags &= ~EXEC
    print("flags", flags, perms(flags))
    flags ^= READ | EXEC
    print("toggled", flags, perms(flags))
    for x in [0, 1, 255, 1023, -1]:
        print(x, "popcount", popcount(x & 0xFFFF))
    print(pop_count(UInt32(0xF0F0)), count_leading_zeros(UInt16(1)))
    var b: UInt8 = 0b10010110
    print(rotl8(b, 1), rotl8(b, 3), rotl8(b, 8))
    var h = UInt64(14695981039346656037)
    for c in "abc".as_bytes():
        h ^= UInt64(c)
        h *= 1099511628211
    print("fnv", h)
    print(Int8(-128) >> 1, UInt8(128) >> 1, Int32(1) << 31, (Int64(1) << 63) - 1)
