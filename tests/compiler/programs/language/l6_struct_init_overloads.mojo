# __init__ overloads, keyword-only and defaulted arguments, implicit conversion constructors,
# and static factory methods.


struct Temperature(Copyable, Movable, Writable):
    var kelvin: Float64

    def __init__(out self, kelvin: Float64):
        self.kelvin = kelvin

    def __init__(out self, *, celsius: Float64):
        self.kelvin = celsius + 273.15

    def __init__(out self, *, fahrenheit: Float64):
        self.kelvin = (fahrenheit - 32) * 5 / 9 + 273.15

    @staticmethod
    def freezing() -> Self:
        return Self(celsius=0)

    def celsius(self) -> Float64:
        return self.kelvin - 273.15

    def write_to(self, mut writer: Some[Writer]):
        writer.write(round(self.celsius(), 2), "C")


struct Money(Copyable, Movable, Writable):
    var cents: Int

    @implicit
    def __init__(out self, dollars: Int):
        self.cents = dollars * 100

    def __init__(out self, dollars: Int, cents: Int):
        self.cents = dollars * 100 + cents

    def __add__(self, other: Money) -> Money:
        return Money(0, self.cents + other.cents)

    def write_to(self, mut writer: Some[Writer]):
        var c = self.cents % 100
        writer.write("$", self.cents // 100, ".", "0" if c < 10 else "", c)


def total(a: Money, b: Money) -> Money:
    return a + b


struct Point3:
    var x: Int
    var y: Int
    var z: Int

    def __init__(out self, x: Int = 0, y: Int = 0, z: Int = 0):
        self.x = x
        self.y = y
        self.z = z

    def show(self):
        print("Point3", self.x, self.y, self.z)


def main():
    print(Temperature(300.0), Temperature(celsius=21.5), Temperature(fahrenheit=98.6))
    print(Temperature.freezing())
    var m = Money(3, 5)
    print(m, Money(12), total(m, 2), total(7, Money(0, 99)))
    var w: Money = 4
    print(w + 1)
    Point3().show()
    Point3(1).show()
    Point3(1, z=9).show()
    Point3(y=-2).show()
