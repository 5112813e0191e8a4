# Traits with static methods, Self-typed requirements and generic factories.


trait Monoid:
    @staticmethod
    def identity() -> Self:
        ...

    def combine(self, other: Self) -> Self:
        ...


@fieldwise_init
struct SumInt(Copyable, Movable, Monoid, Writable):
    var v: Int

    @staticmethod
    def identity() -> Self:
        return SumInt(0)

    def combine(self, other: Self) -> Self:
        return SumInt(self.v + other.v)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Sum(", self.v, ")")


@fieldwise_init
struct MaxInt(Copyable, Movable, Monoid, Writable):
    var v: Int

    @staticmethod
    def identity() -> Self:
        return MaxInt(Int.MIN)

    def combine(self, other: Self) -> Self:
        return MaxInt(max(self.v, other.v))

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Max(", self.v, ")")


@fieldwise_init
struct Concat(Copyable, Movable, Monoid, Writable):
    var s: String

    @staticmethod
    def identity() -> Self:
        return Concat("")

    def combine(self, other: Self) -> Self:
        return Concat(self.s + other.s)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Concat('", self.s, "')")


def fold[M: Monoid & Copyable & Deinitable](items: List[M]) -> M:
    var acc = M.identity()
    for it in items:
        acc = acc.combine(it)
    return acc^


def power[M: Monoid & Copyable & Deinitable](x: M, n: Int) -> M:
    var acc = M.identity()
    var base = x.copy()
    var k = n
    while k > 0:
        if k & 1:
            acc = acc.combine(base)
        base = base.combine(base)
        k >>= 1
    return acc^


trait Named:
    comptime kind: String

    @staticmethod
    def create(name: String) -> Self:
        ...

    def label(self) -> String:
        ...


@fieldwise_init
struct Cat(Named, Movable):
    comptime kind = "cat"
    var name: String

    @staticmethod
    def create(name: String) -> Self:
        return Cat(name)

    def label(self) -> String:
        return "cat " + self.name


@fieldwise_init
struct Robot(Named, Movable):
    comptime kind = "robot"
    var serial: Int

    @staticmethod
    def create(name: String) -> Self:
        return Robot(name.byte_length() * 1000)

    def label(self) -> String:
        return "robot #" + String(self.serial)


def make_and_label[T: Named & Deinitable](name: String) -> String:
    var x = T.create(name)
    return T.kind + ": " + x.label()


def main():
    var nums: List[SumInt] = [SumInt(3), SumInt(4), SumInt(5)]
    print(fold(nums))
    var maxes: List[MaxInt] = [MaxInt(-3), MaxInt(40), MaxInt(5)]
    print(fold(maxes))
    print(fold(List[MaxInt]()))
    var words: List[Concat] = [Concat("ab"), Concat("cd"), Concat("ef")]
    print(fold(words))
    print(power(SumInt(7), 10), power(Concat("xy"), 3), power(MaxInt(2), 0))
    print(make_and_label[Cat]("tom"))
    print(make_and_label[Robot]("unit"))
