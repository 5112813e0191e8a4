# vectorize[width](size, body): which widths and offsets the body sees, with whole vectors first and
# the remaining elements one by one; a top-level function, closures that capture, a static size.
from std.algorithm import vectorize


def show[width: Int](i: Int):
    print("  body[", width, "](", i, ")", sep="")


def main():
    print("19 elements, width 8:")
    vectorize[8](19, show)
    print("8 elements, width 4 (no tail):")
    vectorize[4](8, show)
    print("3 elements, width 4 (tail only):")
    vectorize[4](3, show)
    print("0 elements:")
    vectorize[4](0, show)
    print("width 1:")
    vectorize[1](2, show)

    var calls = 0
    var covered = 0
    def count[width: Int](i: Int) {mut calls, mut covered}:
        calls += 1
        covered += width

    vectorize[16](100, count)
    print("100 with width 16:", calls, "calls cover", covered)

    calls = 0
    covered = 0
    vectorize[4, unroll_factor=2](10, count)
    print("10 with width 4, unroll 2:", calls, "calls cover", covered)

    calls = 0
    vectorize[4, size=10](count)
    print("static size 10:", calls, "calls cover", covered)

    var base = 100
    def offsets[width: Int](i: Int) {imm}:
        print("  ", base + i, "x", width)

    vectorize[2](5, offsets)
