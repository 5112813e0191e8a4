def main() raises:
    var xs: List[Int] = [4, 8, 15, 16, 23, 42]
    for i, x in enumerate(xs):
        if i % 2 == 0:
            print(i, x)
    for i, x in enumerate(xs, start=1):
        if i > 4:
            print(i, x)
    var names: List[String] = ["a", "b", "c"]
    for n, x in zip(names, xs):
        print(n, x)
    for x in reversed(xs):
        print(x, end=" ")
    print()
    for i in range(10, 0, -3):
        print(i, end=",")
    print()
    for i in range(3):
        print(i, end=";")
    print()
    for i in range(2, 5):
        print(i, end=";")
    print()
    print(len(range(0, 10, 3)))
    print(min(3, 7), max(3, 7), min(2, 9, 1), max(2, 9, 1))
    print(abs(-5), abs(2.5), abs(-0.0))
    var flags: List[Bool] = [True, False, True]
    print(any(flags), all(flags))
    print(any([False, False]), all(List[Bool]()))
    var total = 0
    for x in xs:
        total += x
    print(total)
    var squares = [x * x for x in xs if x % 2 == 0]
    print(squares)
    var lens = {s: s.byte_length() for s in ["hi", "hello"]}
    print(lens)
    var uniq = {x % 5 for x in xs}
    print(len(uniq))
