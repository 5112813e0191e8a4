@fieldwise_init
struct P(Writable, Copyable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("P(", self.x, ", ", self.y, ")")


def main():
    var name = "Mojo"
    var version = 1.2
    var n = 3
    print(t"Hello {name} {version}!")
    print(t"{n} * {n} = {n * n}")
    var p = P(1, 2)
    print(t"point: {p}, braces: {{}}")
    var s = String(t"sum={n + 1}")
    print(s, s.byte_length())
    var items: List[Int] = [1, 2]
    print(t"items={items} len={len(items)}")
    print(String(1, 2, 3), String("a", 2.5, True, sep="-"))
