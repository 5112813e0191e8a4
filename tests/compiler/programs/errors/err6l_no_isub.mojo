@fieldwise_init
struct Money(Copyable, Movable):
    var cents: Int

    def __sub__(self, other: Self) -> Self:
        return Money(self.cents - other.cents)


def main():
    var m = Money(500)
    m -= Money(120)
    print(m.cents)
