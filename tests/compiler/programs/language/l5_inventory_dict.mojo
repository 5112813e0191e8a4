# An inventory with a Dict of structs, raising lookups and try/except around KeyError-style errors.


@fieldwise_init
struct Stock(Copyable, Writable):
    var qty: Int
    var price: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.qty, "@", self.price)


struct Inventory:
    var items: Dict[String, Stock]

    def __init__(out self):
        self.items = Dict[String, Stock]()

    def add(mut self, name: String, qty: Int, price: Int):
        if name in self.items:
            try:
                self.items[name].qty += qty
            except:
                pass
        else:
            self.items[name] = Stock(qty, price)

    def take(mut self, name: String, qty: Int) raises -> Int:
        if name not in self.items:
            raise Error("unknown item: " + name)
        var s = self.items[name].copy()
        if s.qty < qty:
            raise Error("not enough " + name)
        self.items[name] = Stock(s.qty - qty, s.price)
        return qty * s.price

    def value(self) -> Int:
        var t = 0
        for e in self.items.items():
            t += e.value.qty * e.value.price
        return t


def main():
    var inv = Inventory()
    inv.add("bolt", 10, 2)
    inv.add("nut", 5, 1)
    inv.add("bolt", 5, 2)
    print("value", inv.value())
    for req in [("bolt", 4), ("nut", 9), ("gear", 1)]:
        try:
            print("cost", inv.take(req[0], req[1]))
        except e:
            print("error:", e)
    for e in inv.items.items():
        print(e.key, e.value)
