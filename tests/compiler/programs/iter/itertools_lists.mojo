from std.itertools import product, count, repeat, take, drop


def small(x: Int) -> Bool:
    return x < 3


def main():
    var xs: List[Int] = [1, 2]
    var ys: List[String] = ["a", "b", "c"]
    for p in product(xs, ys):
        print(p[0], p[1])
    for a, b in product(xs, xs.copy()):
        print(a, b, end="; ")
    print()
    for i in count(5, 2):
        if i > 12:
            break
        print(i, end=" ")
    print()
    for i in count():
        if i == 3:
            break
        print(i, end=" ")
    print()
    for i in count(10, step=-3):
        if i < 0:
            break
        print(i, end=" ")
    print()
    for v in repeat("hi", times=3):
        print(v)
    var zs: List[Int] = [1, 2, 3, 4, 1]
    for v in take(zs, 2):
        print(v, end=" ")
    print()
    for v in drop(zs, 3):
        print(v, end=" ")
    print()
    for p in product(xs, xs.copy(), ys):
        print(p[0], p[1], p[2], end="|")
    print()
