def main() raises:
    var names: List[String] = ["ann", "bob", "cy"]
    var ages: List[Int] = [31, 25, 40]
    for i, n in enumerate(names):
        print(i, n)
    for i, n in enumerate(names, start=1):
        print(i, n)
    for p in zip(names, ages):
        print(p[0], p[1])
    for n, a in zip(names, ages):
        print(n, a)
    for n in reversed(names):
        print(n)
    for i in reversed(range(3)):
        print(i)
    tuples()
    for x in range(10, 0, -3):
        print(x, end=" ")
    print()


def tuples():
    var a: List[Int] = [1, 2]
    var b: List[String] = ["x", "y"]
    for n, s in zip(a, b):
        print(n, s)
    var t: List[Tuple[Int, String]] = [(5, "p"), (6, "q")]
    for n, s in t:
        print(n, s)
