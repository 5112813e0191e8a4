# Warehouse inventory: Dict[String, Item] with restocking, sales and reports.


@fieldwise_init
struct Item(Copyable, Writable):
    var name: String
    var qty: Int
    var price: Float64
    var tags: List[String]

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, " x", self.qty, " @", self.price, " ", self.tags)


def main() raises:
    var stock = Dict[String, Item]()
    stock["bolt"] = Item("bolt", 500, 0.25, ["metal", "small"])
    stock["nut"] = Item("nut", 800, 0.1, ["metal"])
    stock["glue"] = Item("glue", 12, 4.5, ["liquid"])
    for e in stock.items():
        print(e.key, "=", e.value)
    stock["bolt"].qty -= 120
    stock["glue"].qty += 30
    stock["glue"].tags.append("sticky")
    stock["nut"].price *= 2
    ref g = stock["glue"]
    g.name = "super glue"
    print("after updates")
    for e in stock.items():
        print(" ", e.value)
    var value = 0.0
    for e in stock.items():
        value += Float64(e.value.qty) * e.value.price
    print("stock value", value)
    var low = List[String]()
    for e in stock.items():
        if e.value.qty < 100:
            low.append(e.key)
    print("low stock", low)
    var removed = stock.pop("nut")
    print("discontinued", removed)
    print("left", len(stock), "nut" in stock)
    var item = stock.get("bolt")
    if item:
        print("bolt tags", item.value().tags)
    print(stock.get("washer") is None)
