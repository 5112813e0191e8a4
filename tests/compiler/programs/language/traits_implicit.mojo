"""Trait composition (`A & B` in bounds, `comptime` aliases, conformance), `@implicit` constructors
at calls, assignments and returns, `@deprecated` (a warning at each call) and `@doc_hidden`."""


trait Named:
    def name(self) -> String:
        ...


trait Aged:
    def age(self) -> Int:
        ...

    def describe_age(self) -> String:
        return "aged " + String(self.age())


comptime Person = Named & Aged


@fieldwise_init
struct Cat(Copyable, Named, Aged):
    var n: String
    var a: Int

    def name(self) -> String:
        return self.n

    def age(self) -> Int:
        return self.a


@fieldwise_init
struct Dog(Copyable, Person):
    var n: String

    def name(self) -> String:
        return "dog " + self.n

    def age(self) -> Int:
        return 4


def show[T: Named & Aged](x: T):
    """Both traits' methods are available."""
    print(x.name(), x.age(), x.describe_age())


def greet[T: Person](x: T):
    print("hello", x.name())


struct Meters(ImplicitlyCopyable, Writable):
    var value: Float64

    @implicit
    def __init__(out self, value: Float64):
        self.value = value

    @implicit
    def __init__(out self, value: Int):
        self.value = Float64(value)

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.value, "m")


def walk(distance: Meters) -> Meters:
    return Meters(distance.value * 2)


def default_distance() -> Meters:
    return 5


@deprecated("use show instead")
def old_show(x: Int):
    print("old", x)


@doc_hidden
def hidden_helper() -> Int:
    return 7


def main():
    show(Cat("Tom", 3))
    show(Dog("Rex"))
    greet(Dog("Fido"))
    print(walk(2.5), walk(3))
    var m: Meters = 4
    print(m)
    m = 1.5
    print(m)
    print(default_distance())
    old_show(1)
    print(hidden_helper())
