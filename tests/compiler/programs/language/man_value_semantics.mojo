@fieldwise_init
struct Inventory(Copyable, Writable):
    var owner: String
    var items: List[String]

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.owner, ": ", self.items)


def add_item(var inv: Inventory, item: String) -> Inventory:
    inv.items.append(item)
    return inv^


def main():
    var a = Inventory("ann", ["rope"])
    var b = a.copy()
    b.owner = "bob"
    b.items.append("lamp")
    print(a)
    print(b)
    var c = add_item(a.copy(), "map")
    print(a)
    print(c)
    var xs: List[Int] = [1, 2]
    var ys = xs.copy()
    ys[0] = 100
    print(xs, ys)
    var s1 = String("abc")
    var s2 = s1
    s2 += "def"
    print(s1, s2)
