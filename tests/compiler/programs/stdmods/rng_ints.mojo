# Seeded integer draws: inclusive ranges, empty and reversed ranges, negative and full 64-bit ranges.
from std.random import seed, random_si64, random_ui64


def si(label: String, a: Int64, b: Int64, n: Int):
    var line = label + ":"
    for _ in range(n):
        line += " " + String(random_si64(a, b))
    print(line)


def ui(label: String, a: UInt64, b: UInt64, n: Int):
    var line = label + ":"
    for _ in range(n):
        line += " " + String(random_ui64(a, b))
    print(line)


def main():
    seed(2024)
    si("dice", 1, 6, 20)
    si("-5..5", -5, 5, 15)
    si("-1000..-990", -1000, -990, 10)
    si("7..7", 7, 7, 5)
    si("9..3", 9, 3, 5)
    si("0..1", 0, 1, 20)
    si("int64 full", Int64.MIN, Int64.MAX, 4)
    si("min..0", Int64.MIN, 0, 4)
    si("0..max", 0, Int64.MAX, 4)
    si("-2^62..2^62", -4611686018427387904, 4611686018427387904, 4)
    ui("coin", 0, 1, 20)
    ui("0..1e6", 0, 1000000, 8)
    ui("10..20", 10, 20, 10)
    ui("5..5", 5, 5, 3)
    ui("8..2", 8, 2, 3)
    ui("uint64 full", 0, UInt64.MAX, 4)
    ui("1..max", 1, UInt64.MAX, 4)
    ui("2^63..max", 9223372036854775808, UInt64.MAX, 4)
    ui("0..2^63", 0, 9223372036854775808, 4)
    ui("0..2^32", 0, 4294967296, 4)
    ui("odd span", 0, 12297829382473034410, 6)
    for s in range(10):
        seed(s * 1000003)
        print(s, random_ui64(0, 99), random_si64(-50, 50), random_ui64(0, UInt64.MAX))
