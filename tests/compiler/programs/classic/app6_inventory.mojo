# Inventory management: Dict of SKU -> Item, restock/sell with errors,
# trait-based reports, sorting by value and low-stock alerts.
from std.collections import Dict


trait Priced:
    def unit_price(self) -> Float64:
        ...

    def quantity(self) -> Int:
        ...


@fieldwise_init
struct Item(Copyable, Writable, Priced):
    var sku: String
    var name: String
    var price: Float64
    var qty: Int
    var min_qty: Int

    def unit_price(self) -> Float64:
        return self.price

    def quantity(self) -> Int:
        return self.qty

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.sku, " ", self.name, " x", self.qty, " @ ", self.price)


def stock_value[T: Priced](x: T) -> Float64:
    return x.unit_price() * Float64(x.quantity())


struct Inventory:
    var items: Dict[String, Item]
    var sales: Float64

    def __init__(out self):
        self.items = Dict[String, Item]()
        self.sales = 0.0

    def add(mut self, var item: Item):
        self.items[item.sku] = item^

    def sell(mut self, sku: String, n: Int) raises -> Float64:
        var it = self.items.get(sku)
        if not it:
            raise Error("unknown SKU " + sku)
        var item = it.value().copy()
        if item.qty < n:
            raise Error("only " + String(item.qty) + " of " + item.name + " left")
        item.qty -= n
        var amount = Float64(n) * item.price
        self.sales += amount
        self.items[sku] = item^
        return amount

    def restock(mut self, sku: String, n: Int) raises:
        if n <= 0:
            raise Error("restock amount must be positive, got " + String(n))
        var item = self.items.pop(sku)
        item.qty += n
        self.items[sku] = item^

    def low_stock(self) -> List[String]:
        var out = List[String]()
        for e in self.items.items():
            if e.value.qty < e.value.min_qty:
                out.append(e.key)
        return out^

    def by_value(self) -> List[Item]:
        var out = List[Item]()
        for v in self.items.values():
            out.append(v.copy())
        for i in range(1, len(out)):
            var j = i
            while j > 0 and stock_value(out[j]) > stock_value(out[j - 1]):
                out.swap_elements(j, j - 1)
                j -= 1
        return out^


def main():
    var inv = Inventory()
    inv.add(Item("A100", "widget", 2.5, 40, 10))
    inv.add(Item("B200", "gadget", 12.75, 8, 5))
    inv.add(Item("C300", "doohickey", 0.99, 500, 100))
    inv.add(Item("D400", "gizmo", 99.0, 2, 3))
    var orders: List[Tuple[String, Int]] = [("A100", 35), ("B200", 9), ("Z999", 1), ("C300", 450), ("D400", 2), ("B200", 4)]
    for o in orders:
        try:
            var amt = inv.sell(o[0], o[1])
            print("sold", o[1], "of", o[0], "for", amt)
        except e:
            print("order failed:", e)
    print("total sales:", inv.sales)
    var low = inv.low_stock()
    sort(low)
    print("low stock:", low)
    for sku in low:
        try:
            inv.restock(sku, 20)
        except e:
            print(e)
    try:
        inv.restock("A100", 0)
    except e:
        print("restock failed:", e)
    try:
        inv.restock("nope", 3)
    except e:
        print("restock failed:", e)
    print("by stock value:")
    for it in inv.by_value():
        print(" ", it, "value", stock_value(it))
    print("low stock now:", len(inv.low_stock()))
