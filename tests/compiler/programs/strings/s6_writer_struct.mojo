# User types that implement Writable, printed, joined, embedded in String(...) and format().


@fieldwise_init
struct Money(Copyable, Movable, Writable):
    var cents: Int
    var currency: String

    def write_to(self, mut writer: Some[Writer]):
        var sign = "-" if self.cents < 0 else ""
        var c = abs(self.cents)
        var frac = String(c % 100)
        if c % 100 < 10:
            frac = "0" + frac
        writer.write(sign, self.currency, " ", c // 100, ".", frac)


@fieldwise_init
struct Item(Copyable, Movable, Writable):
    var name: String
    var qty: Int
    var price: Money

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.qty, " x ", self.name, " @ ", self.price)


struct Receipt(Writable):
    var items: List[Item]
    var shop: String

    def __init__(out self, shop: String):
        self.items = List[Item]()
        self.shop = shop

    def add(mut self, name: String, qty: Int, cents: Int):
        self.items.append(Item(name, qty, Money(cents, "EUR")))

    def total(self) -> Money:
        var t = 0
        for it in self.items:
            t += it.qty * it.price.cents
        return Money(t, "EUR")

    def write_to(self, mut writer: Some[Writer]):
        writer.write("== ", self.shop, " ==\n")
        for i in range(len(self.items)):
            writer.write(i + 1, ". ", self.items[i], "\n")
        writer.write("total: ", self.total())


def main() raises:
    var r = Receipt("Corner Shop")
    r.add("apple", 3, 45)
    r.add("bread", 1, 249)
    r.add("cheese", 2, 1005)
    r.add("refund", 1, -300)
    print(r)
    var s = String(r.total())
    print("as string:", s, "| bytes:", s.byte_length())
    print("format: {} and {}".format(Money(5, "USD"), Money(-1999, "GBP")))
    var parts = List[Money]()
    parts.append(Money(1, "EUR"))
    parts.append(Money(250, "EUR"))
    print(", ".join(parts))
    var buf = String()
    buf.write(Money(42, "JPY"), " | ", r.items[0], " | ", 7, " ", 2.5, " ", True)
    print(buf)
    var multi = String(Money(1, "A"), Money(2, "B"), sep=" + ", end=" !")
    print(multi)
    print(Money(100, "CHF"), Money(-5, "CHF"), sep=" / ", end="\n--\n")
