# User structs conforming to Intable, Floatable, Boolable and Sized, used
# through Int(), Float64(), bool contexts, and len().


@fieldwise_init
struct Money(Intable, Floatable, Boolable, Copyable, Writable):
    var cents: Int

    def __int__(self) -> Int:
        return self.cents // 100

    def __float__(self) -> Float64:
        return Float64(self.cents) / 100.0

    def __bool__(self) -> Bool:
        return self.cents != 0

    def write_to(self, mut writer: Some[Writer]):
        writer.write("$", self.cents // 100, ".")
        var c = self.cents % 100
        if c < 10:
            writer.write("0")
        writer.write(c)


struct Bag(Sized):
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

    def __len__(self) -> Int:
        return self.n


def dollars[T: Intable](x: T) -> Int:
    return Int(x)


def main():
    var m = Money(1234)
    print(m, Int(m), Float64(m), dollars(m))
    var z = Money(5)
    print(z, Bool(z), Bool(Money(0)))
    if Money(0):
        print("nonzero")
    else:
        print("zero money")
    print(len(Bag(3)), len(Bag(0)))
    var f = 3.99
    print(Int(f), Int(-f), Float64(7), Int(True), Bool(0), Bool(f))
