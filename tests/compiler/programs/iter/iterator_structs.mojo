# User-defined iterators: __iter__ returns an iterator whose __next__ raises StopIteration at the end.


@fieldwise_init
struct WordIter(Copyable, Movable):
    var words: List[String]
    var i: Int

    def __next__(mut self) raises StopIteration -> String:
        if self.i >= len(self.words):
            raise StopIteration()
        self.i += 1
        return self.words[self.i - 1]


struct Sentence(Copyable, Movable):
    var words: List[String]

    def __init__(out self, text: String):
        self.words = List[String]()
        for w in text.split(" "):
            self.words.append(String(w))

    def __iter__(self) -> WordIter:
        return WordIter(self.words.copy(), 0)


@fieldwise_init
struct Fib(Copyable, Movable):
    var a: Int
    var b: Int
    var left: Int

    def __iter__(self) -> Self:
        return self.copy()

    def __next__(mut self) raises StopIteration -> Int:
        if self.left == 0:
            raise StopIteration()
        self.left -= 1
        var r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r


def main():
    var s = Sentence("the quick brown fox")
    for w in s:
        print(w, end=" ")
    print()
    for w in s:
        if w == "brown":
            print("found", w)
            break
    else:
        print("not found")
    for w in s:
        if w == "cat":
            break
    else:
        print("no cat")
    var total = 0
    for x in Fib(0, 1, 10):
        total += x
        for y in Fib(1, 1, 2):
            total += y
    print("total", total)
    var longest = String("")
    for w in Sentence("a bb ccc dd"):
        if w.byte_length() > longest.byte_length():
            longest = w
    print(longest)
