# Compile-time computation: comptime constants, functions evaluated at
# compile time, comptime assertions, and unrolled loops.

def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


comptime FIB_20 = fib(20)
comptime SIZES = (8, 16, 32)


def table[n: Int]() -> List[Int]:
    var out = List[Int]()
    comptime for i in range(n):
        out.append(i * i)
    return out^


struct Buffer[size: Int]:
    comptime BYTES = Self.size * 8
    var data: Array[Int, Self.size]

    def __init__(out self):
        comptime assert Self.size > 0, "buffer needs a positive size"
        self.data = Array[Int, Self.size](fill=0)

    def fill(mut self, v: Int):
        comptime for i in range(Self.size):
            self.data[i] = v + i


def main():
    print("fib(20) computed at compile time:", FIB_20)
    comptime f10 = fib(10)
    print(f10)
    print(table[5]())
    var b = Buffer[4]()
    b.fill(10)
    print(b.data[0], b.data[3], Buffer[4].BYTES)
    comptime for i in range(3):
        print("size", SIZES[i])
    comptime if Buffer[4].BYTES > 16:
        print("big")
    else:
        print("small")
