# A custom iterable: __iter__ returning an iterator struct with __next__, used in for loops.


@fieldwise_init
struct CountdownIter(Iterator, Copyable):
    comptime Element = Int
    var n: Int

    def __next__(mut self) raises StopIteration -> Int:
        if self.n <= 0:
            raise StopIteration()
        self.n -= 1
        return self.n + 1


@fieldwise_init
struct Countdown(Iterable):
    comptime IteratorType[iterable_mut: Bool, //, iterable_origin: Origin[mut=iterable_mut]]: Iterator = CountdownIter
    var start: Int

    def __iter__(ref self) -> CountdownIter:
        return CountdownIter(self.start)


def main():
    for i in Countdown(5):
        print(i, end=" ")
    print()
    var total = 0
    for i in Countdown(100):
        total += i
    print(total)
