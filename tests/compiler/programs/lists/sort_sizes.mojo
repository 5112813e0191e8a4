@fieldwise_init
struct Item(Copyable, Writable, Comparable):
    var key: Int
    var name: String

    def __lt__(self, other: Self) -> Bool:
        return self.key < other.key

    def __eq__(self, other: Self) -> Bool:
        return self.key == other.key

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.key, ":", self.name)


def main():
    var empty = List[Int]()
    sort(empty)
    print(empty)
    var one: List[Int] = [5]
    sort(one)
    print(one)
    var ints = List[Int]()
    var x = 7
    for _ in range(100000):
        x = (x * 1103515245 + 12345) % 2147483648
        ints.append(x % 1000 - 500)
    sort(ints)
    var ordered = True
    for i in range(1, len(ints)):
        if ints[i - 1] > ints[i]:
            ordered = False
    print(ordered, ints[0], ints[50000], ints[99999])
    var words: List[String] = ["pear", "apple", "fig", "banana", "apple", "cherry"]
    sort(words)
    print(words)
    var floats: List[Float64] = [3.5, -1.0, 2.25, 0.0, -7.5]
    sort(floats)
    print(floats)
    var items: List[Item] = [Item(3, "c"), Item(1, "a"), Item(2, "b"), Item(1, "a2")]
    sort(items)
    for it in items:
        print(it)
