# Inventory management: structs in a Dict, raising lookups, sorting by key, reports.


@fieldwise_init
struct Item(Copyable, Movable, Writable):
    var sku: String
    var name: String
    var qty: Int
    var price_cents: Int

    def value(self) -> Int:
        return self.qty * self.price_cents

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.sku, " ", self.name, " x", self.qty, " @", self.price_cents)


struct Inventory:
    var items: Dict[String, Item]

    def __init__(out self):
        self.items = Dict[String, Item]()

    def add(mut self, sku: String, name: String, qty: Int, price: Int):
        if sku in self.items:
            try:
                self.items[sku].qty += qty
            except:
                pass
        else:
            self.items[sku] = Item(sku, name, qty, price)

    def remove(mut self, sku: String, qty: Int) raises:
        if sku not in self.items:
            raise Error("unknown sku " + sku)
        var have = self.items[sku].qty
        if have < qty:
            raise Error("only " + String(have) + " of " + sku)
        self.items[sku].qty = have - qty
        if self.items[sku].qty == 0:
            _ = self.items.pop(sku)

    def total(self) -> Int:
        var t = 0
        for e in self.items.values():
            t += e.value()
        return t

    def report(self):
        var keys = List[String]()
        for k in self.items.keys():
            keys.append(k)
        sort(keys)
        for k in keys:
            try:
                print("  ", self.items[k])
            except:
                pass
        print("   total value", self.total())


def main():
    var inv = Inventory()
    inv.add("A1", "bolt", 100, 5)
    inv.add("B2", "nut", 250, 2)
    inv.add("C3", "gear", 4, 1250)
    inv.add("A1", "bolt", 20, 5)
    inv.report()
    var orders: List[Tuple[String, Int]] = [("A1", 50), ("C3", 5), ("Z9", 1), ("C3", 4), ("B2", 250)]
    for o in orders:
        try:
            inv.remove(o[0], o[1])
            print("removed", o[1], "of", o[0])
        except e:
            print("failed:", e)
    inv.report()
    print("skus left", len(inv.items))
