# std.algorithm.map(size, func): func(i) for each i in order; closures capture what they update.
from std.algorithm import map


def show(i: Int):
    print("  item", i)


def main():
    print("a top-level function:")
    map(3, show)

    var total = 0
    var squares = List[Int]()
    def collect(i: Int) {mut total, mut squares}:
        total += i
        squares.append(i * i)

    map(6, collect)
    print("total:", total, "squares:", squares)

    var buf = alloc[Float64](4)
    var step = 0.5
    def fill(i: Int) {imm}:
        buf[unsafe_offset=i] = Float64(i) * step

    map(4, fill)
    print("filled:", buf.unsafe_load[width=4]())
    buf.unsafe_free()
    map(0, show)
    print("done")
