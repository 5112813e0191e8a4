def main():
    var xs: List[Int] = [3, 1, 4, 1, 5]
    for x in reversed(xs):
        print(x, end=" ")
    print()
    for i in reversed(range(3)):
        print(i, end=" ")
    print()
    for i in range(10, 0, -3):
        print(i, end=" ")
    print()
    var names: List[String] = ["a", "b", "c"]
    for pair in zip(names, xs):
        print(pair[0], pair[1])
    for i, n in enumerate(names):
        print(i, n)
    print(any(xs), all(xs))
    var bs: List[Bool] = [True, False]
    print(any(bs), all(bs))
    for c in String("hé!").codepoints():
        print(c, Int(c))
    print(String(xs), len(String(xs).split(",")))
