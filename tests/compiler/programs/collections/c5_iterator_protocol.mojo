struct Fib(Iterator):
    comptime Element = Int
    var a: Int
    var b: Int
    var left: Int

    def __init__(out self, count: Int):
        self.a = 0
        self.b = 1
        self.left = count

    def __iter__(ref self) -> Self:
        return Self(self.left)

    def __has_next__(self) -> Bool:
        return self.left > 0

    def __next__(mut self) -> Int:
        var out = self.a
        self.a, self.b = self.b, self.a + self.b
        self.left -= 1
        return out


struct Evens:
    var cur: Int
    var stop: Int

    def __init__(out self, stop: Int):
        self.cur = 0
        self.stop = stop

    def __iter__(ref self) -> Self:
        return Self(self.stop)

    def __next__(mut self) raises StopIteration -> Int:
        if self.cur >= self.stop:
            raise StopIteration()
        self.cur += 2
        return self.cur - 2


def main():
    for f in Fib(10):
        print(f, end=" ")
    print()
    var fibs = [f * 10 for f in Fib(6)]
    print(fibs)
    var odd_fibs = [f for f in Fib(12) if f % 2 == 1]
    print(odd_fibs)
    var total = 0
    for e in Evens(11):
        total += e
    print("sum of evens:", total)
    print([e // 2 for e in Evens(9)])
    var sq = {e: e * e for e in Evens(7)}
    print(len(sq), sq)
