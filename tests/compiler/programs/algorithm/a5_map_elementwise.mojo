# std.algorithm.map driving index-based work, and vectorize with a compile-time size.
from std.algorithm import map, vectorize


def main():
    var squares = List[Int]()
    def sq(i: Int) {mut squares}:
        squares.append(i * i)

    map(8, sq)
    print("squares:", squares)

    var buf = alloc[Int32](16)
    def fill(i: Int) {imm}:
        buf[unsafe_offset=i] = Int32(15 - i)

    map(16, fill)
    var total: Int32 = 0
    def add[w: Int](i: Int) {imm, mut total}:
        total += buf.unsafe_load[width=w](i).reduce_add()

    vectorize[4, size=16](add)
    print("total:", total)

    var evens = 0
    def count_even(i: Int) {imm, mut evens}:
        if buf[unsafe_offset=i] % 2 == 0:
            evens += 1

    map(16, count_even)
    print("evens:", evens)
    buf.unsafe_free()
