from std.collections import Deque


@fieldwise_init
struct Item(Copyable, Writable):
    var name: String
    var qty: Int
    var price: Float64

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, " x", self.qty, " @ ", self.price)


def by_value(a: Item, b: Item) -> Bool:
    return Float64(a.qty) * a.price > Float64(b.qty) * b.price


def find(items: List[Item], name: String) -> Optional[Int]:
    for i in range(len(items)):
        if items[i].name == name:
            return i
    return None


def main() raises:
    var items: List[Item] = [Item("bolt", 100, 0.25), Item("nut", 250, 0.1), Item("gear", 3, 12.5)]
    var idx = find(items, "nut")
    if idx:
        items[idx.value()].qty -= 50
    print(items[1])
    print(find(items, "cog").or_else(-1))
    sort(items, by_value)
    for it in items:
        print(it)
    var names = [it.name for it in items]
    print(names)
    var index = Dict[String, Int]()
    for i, it in enumerate(items):
        index[it.name] = i
    print(index)
    var q = Deque[String]()
    for it in items:
        q.append(it.name)
    while q:
        var n = q.popleft()
        print("ship", n, len(q))
    var total = 0.0
    for it in items:
        total += Float64(it.qty) * it.price
    print("total: {}".format(total))
    print(String("{}: {} units").format(items[0].name, items[0].qty))
