# Custom iterators: __iter__ returning an iterator struct with __next__ and __has_next__ per
# Mojo 1.2's Iterator trait, used in for loops.


struct Countdown(Iterator, Copyable):
    comptime Element = Int
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

    def __iter__(var self) -> Self:
        return self^

    def __next__(mut self) raises StopIteration -> Int:
        if self.n <= 0:
            raise StopIteration()
        self.n -= 1
        return self.n + 1


struct Fib(Iterator, Copyable):
    comptime Element = Int
    var a: Int
    var b: Int
    var left: Int

    def __init__(out self, count: Int):
        self.a = 0
        self.b = 1
        self.left = count

    def __iter__(var self) -> Self:
        return self^

    def __next__(mut self) raises StopIteration -> Int:
        if self.left == 0:
            raise StopIteration()
        self.left -= 1
        var r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r


def main():
    for i in Countdown(5):
        print("count", i)
    var total = 0
    for f in Fib(12):
        total += f
        print(f, end=" ")
    print()
    print("sum", total)
