@fieldwise_init
struct Money(Writable, Copyable):
    var cents: Int

    def write_to(self, mut writer: Some[Writer]):
        var sign = "-" if self.cents < 0 else ""
        var c = abs(self.cents)
        var frac = String(c % 100)
        if c % 100 < 10:
            frac = "0" + frac
        writer.write(sign, "$", c // 100, ".", frac)

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write("Money(cents=", self.cents, ")")


@fieldwise_init
struct Item(Writable, Copyable):
    var name: String
    var price: Money
    var qty: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, " x", self.qty, " @ ", self.price)


struct Report(Writer):
    var text: String
    var lines: Int

    def __init__(out self):
        self.text = String()
        self.lines = 0

    def write_string(mut self, s: StringSlice):
        self.text += s
        for b in s.as_bytes():
            if b == UInt8(ord("\n")):
                self.lines += 1


def main():
    var items: List[Item] = [Item("apple", Money(125), 3), Item("pear", Money(99), 2), Item("melon", Money(405), 1)]
    var total = 0
    for it in items:
        print(it)
        total += it.price.cents * it.qty
    print("total:", Money(total))
    print(Money(-1507), Money(5))
    var m = Money(42)
    print(repr(m))
    var s = String(m)
    print(s, s.byte_length())
    var r = Report()
    for it in items:
        r.write(it, "\n")
    r.write("end")
    print(r.text)
    print("lines:", r.lines)
    var out = String()
    Money(777).write_to(out)
    out.write(" and ", Money(1))
    print(out)
