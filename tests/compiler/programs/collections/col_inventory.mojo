@fieldwise_init
struct Product(Copyable, Movable, Writable):
    var sku: String
    var name: String
    var qty: Int
    var price: Float64

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.sku, ":", self.name, " qty=", self.qty, " $", self.price)


struct Inventory(Movable):
    var items: Dict[String, Product]
    var log: List[String]

    def __init__(out self):
        self.items = Dict[String, Product]()
        self.log = List[String]()

    def add(mut self, var p: Product):
        self.log.append("add " + p.sku)
        self.items[p.sku] = p^

    def restock(mut self, sku: String, n: Int) raises:
        self.items[sku].qty += n
        self.log.append("restock " + sku + " +" + String(n))

    def sell(mut self, sku: String, n: Int) raises -> Bool:
        if sku not in self.items:
            self.log.append("unknown " + sku)
            return False
        if self.items[sku].qty < n:
            self.log.append("short " + sku)
            return False
        self.items[sku].qty -= n
        self.log.append("sell " + sku + " -" + String(n))
        return True

    def value(self) -> Float64:
        var total = 0.0
        for item in self.items.items():
            total += Float64(item.value.qty) * item.value.price
        return total

    def low_stock(self, limit: Int) -> List[String]:
        var out = List[String]()
        for item in self.items.items():
            if item.value.qty <= limit:
                out.append(item.key)
        sort(out)
        return out^


def main() raises:
    var inv = Inventory()
    inv.add(Product("A1", "widget", 10, 2.5))
    inv.add(Product("B2", "gadget", 3, 10.0))
    inv.add(Product("C3", "doohickey", 0, 7.25))
    print(inv.sell("A1", 4), inv.sell("B2", 5), inv.sell("Z9", 1))
    inv.restock("C3", 2)
    for item in inv.items.items():
        print(item.value)
    print("value:", inv.value())
    print("low:", inv.low_stock(3))
    for line in inv.log:
        print(line)
    var removed = inv.items.pop("B2")
    print("removed", removed)
    print(len(inv.items))
