struct Countdown(Iterator):
    comptime Element = Int
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

    def __next__(mut self) raises StopIteration -> Int:
        if self.n <= 0:
            raise StopIteration()
        self.n -= 1
        return self.n + 1


struct Range2(Iterable):
    comptime IteratorType[origin: Origin] = Countdown
    var hi: Int

    def __init__(out self, hi: Int):
        self.hi = hi

    def __iter__(ref self) -> Countdown:
        return Countdown(self.hi)


def main():
    var it = Countdown(3)
    while True:
        try:
            print(it.__next__())
        except:
            break
    for y in Range2(2):
        print("y", y)
