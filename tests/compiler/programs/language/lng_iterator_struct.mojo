# A user iterator: a struct with __iter__ returning an iterator struct
# whose __next__ yields values, used in for loops.


struct CountdownIter(Iterator):
    comptime Element = Int
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

    def __next__(mut self) raises StopIteration -> Int:
        if self.n <= 0:
            raise StopIteration()
        self.n -= 1
        return self.n + 1


struct Countdown(Iterable):
    comptime IteratorType[mut: Bool, //, origin: Origin[mut=mut]]: Iterator = CountdownIter
    var start: Int

    def __init__(out self, start: Int):
        self.start = start

    def __iter__(ref self) -> CountdownIter:
        return CountdownIter(self.start)


def main():
    for i in Countdown(5):
        print(i)
    var total = 0
    for v in Countdown(100):
        total += v
    print("total", total)
    var it = CountdownIter(2)
    try:
        print(next(it), next(it))
        print(next(it))
    except:
        print("exhausted")
