@fieldwise_init
struct Item(Copyable, Writable):
    var name: String
    var qty: Int
    var price: Float64

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, " x", self.qty, " @ ", self.price)


def total_value(items: Dict[String, Item]) -> Float64:
    var total = 0.0
    for entry in items.items():
        total += Float64(entry.value.qty) * entry.value.price
    return total


def main() raises:
    var stock = Dict[String, Item]()
    stock["apple"] = Item("apple", 10, 0.5)
    stock["pear"] = Item("pear", 4, 0.75)
    stock["kiwi"] = Item("kiwi", 0, 1.25)

    # restock and sell
    stock["kiwi"].qty += 12
    stock["apple"].qty -= 3
    print("kiwi now:", stock["kiwi"].qty)

    var low = List[String]()
    for entry in stock.items():
        if entry.value.qty < 8:
            low.append(entry.key)
    print("low stock:", low)

    print("value:", total_value(stock))
    var removed = stock.pop("pear")
    print("removed", removed)
    print("count", len(stock))
    for key in stock.keys():
        print(key, "->", stock[key])
    print("has pear?", "pear" in stock)
    var maybe = stock.get("banana")
    if not maybe:
        print("no banana")
    print(stock.get("apple").value().qty)
