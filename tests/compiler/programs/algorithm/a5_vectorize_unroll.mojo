# vectorize with unroll_factor and with the compile-time size overload; strided gather by hand.
from std.algorithm import vectorize


def main():
    comptime n = 30
    var buf = alloc[Int64](n)
    for i in range(n):
        buf[unsafe_offset=i] = Int64(i)
    var calls = List[Int]()
    def square[w: Int](i: Int) {imm, mut calls}:
        calls.append(w)
        buf.unsafe_store(i, buf.unsafe_load[width=w](i) * buf.unsafe_load[width=w](i))

    vectorize[4, unroll_factor=2](n, square)
    print("widths used:", calls)
    print("squares:", buf.unsafe_load[width=8](0), buf[unsafe_offset=29])
    var s: Int64 = 0
    def total[w: Int](i: Int) {imm, mut s}:
        s += buf.unsafe_load[width=w](i).reduce_add()

    vectorize[8, size=n](total)
    print("sum of squares:", s, "formula:", (n - 1) * n * (2 * n - 1) // 6)
    print("strided:", buf.strided_load[width=4](3), (buf + 1).strided_load[width=4](7))
    buf.unsafe_free()
