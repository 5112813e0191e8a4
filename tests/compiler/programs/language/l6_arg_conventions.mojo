# Argument conventions: read (default), mut, var (owned), out, ref, and ref returns.


struct Counter(Copyable, Movable, Writable):
    var hits: Int
    var name: String

    def __init__(out self, name: String):
        self.hits = 0
        self.name = name

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, "=", self.hits)


def read_it(c: Counter) -> Int:
    return c.hits


def bump(mut c: Counter, by: Int = 1):
    c.hits += by


def consume(var c: Counter) -> String:
    c.hits *= 100
    return String(c)


def make(out c: Counter, name: String):
    c = Counter(name)
    c.hits = 7


def split_pair(value: Int, out low: Int):
    low = value & 0xFF


def biggest(ref a: Counter, ref b: Counter) -> ref[a, b] Counter:
    if a.hits >= b.hits:
        return a
    return b


def name_of(ref c: Counter) -> ref[c.name] String:
    return c.name


def swap_ints(mut a: Int, mut b: Int):
    var t = a
    a = b
    b = t


def main():
    var a = Counter("a")
    bump(a)
    bump(a, 4)
    print(a, read_it(a))
    var b = make("b")
    print(b)
    print(consume(b.copy()), "original", b)
    print(consume(b^))
    print(split_pair(0x1234))
    var x = Counter("x")
    var y = Counter("y")
    bump(y, 3)
    biggest(x, y).hits += 10
    print(x, y)
    ref big = biggest(x, y)
    big.name = "winner"
    print(x, y)
    name_of(x) += "-renamed"
    print(name_of(x), name_of(y))
    var i = 1
    var j = 2
    swap_ints(i, j)
    print(i, j)
