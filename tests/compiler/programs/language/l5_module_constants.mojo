# Module-level comptime values: numbers, strings, tuples, and values computed by functions.

comptime GREETING = "hello"
comptime MAX_ITEMS = 4
comptime PRIMES = (2, 3, 5, 7)
comptime KB = 1 << 10
comptime RATIO = 2.5 * 4


def cube(n: Int) -> Int:
    return n * n * n


comptime CUBE5 = cube(5)


def register(mut names: List[String], name: String) -> Bool:
    if len(names) >= MAX_ITEMS:
        return False
    names.append(name)
    return True


def main():
    var names = List[String]()
    for n in ["a", "b", "c", "d", "e"]:
        if not register(names, n):
            print("full, dropped", n)
    print(GREETING, names, len(names))
    print(PRIMES[0] * PRIMES[3], KB, RATIO, CUBE5)
    comptime local = MAX_ITEMS * 10
    print(local)
