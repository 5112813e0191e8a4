# Trait static methods and associated comptime members, used from generic code.


trait Unit:
    @staticmethod
    def symbol() -> String:
        ...

    @staticmethod
    def factor() -> Float64:
        ...


struct Meters(Unit):
    @staticmethod
    def symbol() -> String:
        return "m"

    @staticmethod
    def factor() -> Float64:
        return 1.0


struct Feet(Unit):
    @staticmethod
    def symbol() -> String:
        return "ft"

    @staticmethod
    def factor() -> Float64:
        return 0.3048


struct Miles(Unit):
    @staticmethod
    def symbol() -> String:
        return "mi"

    @staticmethod
    def factor() -> Float64:
        return 1609.344


def to_meters[U: Unit](value: Float64) -> Float64:
    return value * U.factor()


def show[U: Unit](value: Float64):
    print(value, U.symbol(), "=", to_meters[U](value), "m")


def convert[From: Unit, To: Unit](value: Float64) -> Float64:
    return value * From.factor() / To.factor()


def main():
    show[Meters](12.0)
    show[Feet](10.0)
    show[Miles](2.5)
    print(convert[Miles, Feet](1.0))
    print(convert[Feet, Meters](3.0))
