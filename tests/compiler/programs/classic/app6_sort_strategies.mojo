# Sorting with pluggable comparators: generic functions instantiated
# explicitly and passed as compile-time parameters, a struct parameterized by
# its comparator, and traits inherited through a trait hierarchy.


trait Record(Copyable, Writable, Deinitable):
    def key(self) -> Int:
        ...


@fieldwise_init
struct Player(Record):
    var name: String
    var score: Int
    var age: Int

    def key(self) -> Int:
        return self.score

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, "(", self.score, ", ", self.age, ")")


def ascending[T: Comparable](a: T, b: T) -> Bool:
    return a < b


def descending[T: Comparable](a: T, b: T) -> Bool:
    return b < a


def by_key[T: Record](a: T, b: T) -> Bool:
    return a.key() > b.key()


def insertion_sort[T: Copyable & Deinitable, before: def(T, T) thin -> Bool](mut xs: List[T]):
    for i in range(1, len(xs)):
        var j = i
        while j > 0 and before(xs[j], xs[j - 1]):
            xs.swap_elements(j, j - 1)
            j -= 1


struct Ranked[T: Record, better: def(T, T) thin -> Bool](Sized):
    var items: List[Self.T]

    def __init__(out self):
        self.items = List[Self.T]()

    def add(mut self, var x: Self.T):
        self.items.append(x^)
        var i = len(self.items) - 1
        while i > 0 and Self.better(self.items[i], self.items[i - 1]):
            self.items.swap_elements(i, i - 1)
            i -= 1

    def __len__(self) -> Int:
        return len(self.items)

    def top(self, n: Int) -> List[Self.T]:
        var out = List[Self.T]()
        for i in range(min(n, len(self.items))):
            out.append(self.items[i].copy())
        return out^


def main():
    var nums: List[Int] = [5, 3, 9, 1, 7, 3, 8]
    insertion_sort[Int, ascending[Int]](nums)
    print("ascending:", nums)
    insertion_sort[Int, descending[Int]](nums)
    print("descending:", nums)
    var names: List[String] = ["mojo", "python", "c", "rust", "zig"]
    insertion_sort[String, ascending[String]](names)
    print("names:", names)
    var cmp = descending[Float64]
    print("cmp(1.5, 2.5):", cmp(1.5, 2.5), "cmp(3.0, 2.0):", cmp(3.0, 2.0))
    var board = Ranked[Player, by_key[Player]]()
    var players: List[Player] = [Player("ana", 120, 31), Player("bo", 300, 22), Player("cy", 75, 40), Player("di", 300, 27), Player("ed", 210, 35)]
    for p in players:
        board.add(p.copy())
        print("added", p, "-> leaders", len(board))
    for p in board.top(3):
        print("top:", p, "key", p.key())
    var copies = players.copy()
    insertion_sort[Player, by_key[Player]](copies)
    for p in copies:
        print(p.name, end=" ")
    print()
