# Traits with static methods and required constructors, used to build
# values generically (a Default-like pattern and a named factory).


trait Zero:
    @staticmethod
    def zero() -> Self:
        ...

    def is_zero(self) -> Bool:
        ...


@fieldwise_init
struct Money(Zero, Copyable, Writable):
    var cents: Int

    @staticmethod
    def zero() -> Self:
        return Self(0)

    def is_zero(self) -> Bool:
        return self.cents == 0

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.cents, "c")


@fieldwise_init
struct Pt(Zero, Copyable, Writable, Defaultable):
    var x: Int
    var y: Int

    def __init__(out self):
        self.x = -1
        self.y = -1

    @staticmethod
    def zero() -> Self:
        return Self(0, 0)

    def is_zero(self) -> Bool:
        return self.x == 0 and self.y == 0

    def write_to(self, mut writer: Some[Writer]):
        writer.write("<", self.x, ",", self.y, ">")


def zeros[T: Zero & Copyable](n: Int) -> List[T]:
    var out = List[T]()
    for _ in range(n):
        out.append(T.zero())
    return out^


def make_default[T: Defaultable]() -> T:
    return T()


def main():
    var ms = zeros[Money](3)
    print(len(ms), ms[0], ms[0].is_zero())
    var ps = zeros[Pt](2)
    print(ps[1], ps[1].is_zero())
    print(make_default[Pt](), Money.zero(), Pt.zero())
    print(make_default[Int](), make_default[String]() == "")
