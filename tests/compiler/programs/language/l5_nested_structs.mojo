# Structs containing structs and lists of structs; copying, moving and mutating through methods.


@fieldwise_init
struct Item(Copyable, Writable):
    var name: String
    var qty: Int
    var price: Float64

    def total(self) -> Float64:
        return Float64(self.qty) * self.price

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, " x", self.qty)


struct Order(Copyable):
    var id: Int
    var items: List[Item]

    def __init__(out self, id: Int):
        self.id = id
        self.items = List[Item]()

    def add(mut self, name: String, qty: Int, price: Float64):
        for ref it in self.items:
            if it.name == name:
                it.qty += qty
                return
        self.items.append(Item(name, qty, price))

    def total(self) -> Float64:
        var t = 0.0
        for it in self.items:
            t += it.total()
        return t


def main():
    var o = Order(1)
    o.add("pen", 2, 1.5)
    o.add("book", 1, 12.0)
    o.add("pen", 3, 1.5)
    for it in o.items:
        print(it)
    print("total", o.total())
    var copy = o.copy()
    copy.add("ink", 1, 4.25)
    print(len(o.items), len(copy.items), copy.total())
    var moved = o^
    print(moved.id, len(moved.items))
