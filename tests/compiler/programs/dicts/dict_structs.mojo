@fieldwise_init
struct Item(Copyable, Writable):
    var name: String
    var price: Float64

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, "@", self.price)


def main() raises:
    var inventory = Dict[String, Item]()
    inventory["apple"] = Item("apple", 0.5)
    inventory["pear"] = Item("pear", 0.75)
    print(inventory["pear"])
    for e in inventory.items():
        print(e.key, "->", e.value)
    var ids = Dict[Int, String]()
    for i in range(5):
        ids[i * i] = String(i)
    print(ids)
    print(ids.get(16).value(), 3 in ids)
    var total = 0
    for k in ids:
        total += k
    print(total)
    try:
        print(ids[7])
    except e:
        print("missing:", e)
