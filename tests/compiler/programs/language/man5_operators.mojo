# Operator overloading with dunder methods: arithmetic, comparison,
# in-place, unary, indexing, __contains__, __len__ and __bool__.

@fieldwise_init
struct Money(ImplicitlyCopyable, Comparable, Boolable, Writable):
    var cents: Int

    def __add__(self, o: Money) -> Money:
        return Money(self.cents + o.cents)

    def __sub__(self, o: Money) -> Money:
        return Money(self.cents - o.cents)

    def __mul__(self, k: Int) -> Money:
        return Money(self.cents * k)

    def __rmul__(self, k: Int) -> Money:
        return Money(self.cents * k)

    def __neg__(self) -> Money:
        return Money(-self.cents)

    def __iadd__(mut self, o: Money):
        self.cents += o.cents

    def __lt__(self, o: Money) -> Bool:
        return self.cents < o.cents

    def __eq__(self, o: Money) -> Bool:
        return self.cents == o.cents

    def __bool__(self) -> Bool:
        return self.cents != 0

    def write_to(self, mut writer: Some[Writer]):
        var c = self.cents
        if c < 0:
            writer.write("-")
            c = -c
        writer.write("$", c // 100, ".", "0" if c % 100 < 10 else "", c % 100)


struct Wallet(Sized):
    var coins: List[Money]

    def __init__(out self):
        self.coins = List[Money]()

    def __len__(self) -> Int:
        return len(self.coins)

    def __getitem__(self, i: Int) -> Money:
        return self.coins[i]

    def __setitem__(mut self, i: Int, v: Money):
        self.coins[i] = v

    def __contains__(self, m: Money) -> Bool:
        for c in self.coins:
            if c == m:
                return True
        return False

    def __iadd__(mut self, m: Money):
        self.coins.append(m)


def main():
    var a = Money(1050)
    var b = Money(299)
    print(a + b, a - b, b * 3, 2 * b, -a)
    print(a > b, a <= b, a == Money(1050), a != b)
    var c = Money(5)
    c += Money(3)
    print(c, Bool(c), Bool(Money(0)))
    var w = Wallet()
    w += a
    w += b
    w += c
    print(len(w), w[1], Money(8) in w, Money(9) in w)
    w[0] = Money(1)
    print(w[0])
    var total = Money(0)
    for i in range(len(w)):
        total += w[i]
    print("total", total)
    print(max(a, b), min(a, b))
