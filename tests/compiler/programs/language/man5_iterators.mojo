# Iterators: a custom iterable struct with __iter__/__next__, iterating
# collections by reference, enumerate and zip.

struct Countdown(Copyable, Iterable, Iterator):
    comptime Element = Int
    comptime IteratorType[iterable_mut: Bool, //, iterable_origin: Origin[mut=iterable_mut]]: Iterator = Self
    var current: Int

    def __init__(out self, start: Int):
        self.current = start

    def __iter__(ref self) -> Self.IteratorType[origin_of(self)]:
        return self.copy()

    def __next__(mut self) raises StopIteration -> Int:
        if self.current <= 0:
            raise StopIteration()
        self.current -= 1
        return self.current + 1


struct Fib(Copyable, Iterable, Iterator):
    comptime Element = Int
    comptime IteratorType[iterable_mut: Bool, //, iterable_origin: Origin[mut=iterable_mut]]: Iterator = Self
    var a: Int
    var b: Int
    var limit: Int

    def __init__(out self, limit: Int):
        self.a = 0
        self.b = 1
        self.limit = limit

    def __iter__(ref self) -> Self.IteratorType[origin_of(self)]:
        return self.copy()

    def __next__(mut self) raises StopIteration -> Int:
        if self.a > self.limit:
            raise StopIteration()
        var out = self.a
        self.a, self.b = self.b, self.a + self.b
        return out


def main():
    for n in Countdown(5):
        print(n, end=" ")
    print()
    var fibs = List[Int]()
    for f in Fib(100):
        fibs.append(f)
    print(fibs)

    var names: List[String] = ["ann", "bo", "cy"]
    for ref name in names:
        name = name.upper()
    print(names)
    for i, name in enumerate(names):
        print(i, name)
    var scores: List[Int] = [90, 75, 88]
    for pair in zip(names, scores):
        print(pair[0], "scored", pair[1])
    var d: Dict[String, Int] = {"x": 1, "y": 2}
    for k in d:
        print(k, d.get(k, 0))
    for v in d.values():
        print("value", v)
