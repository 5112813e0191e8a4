from std.itertools import count, repeat, take, drop, product, cycle, take_while, drop_while
from std.iter import chain, once, empty


def is_small(x: Int) -> Bool:
    return x < 4


def double(x: Int) -> Int:
    return x * 2


def main() raises:
    var names: List[String] = ["ada", "grace", "linus", "guido"]
    var ages: List[Int] = [36, 85, 54, 68]
    for i, name in enumerate(names, start=1):
        print(i, name)
    for name, age in zip(names, ages):
        print(name, "is", age)
    for x in reversed(ages):
        print("rev", x)
    var doubled = List[Int]()
    for v in map[double](ages):
        doubled.append(v)
    print(doubled)
    var it = count(10, 5)
    for _ in range(3):
        print("count", next(it))
    for s in repeat(String("hi"), times=3):
        print(s)
    var nums: List[Int] = [1, 2, 3, 4, 5, 6]
    for v in take(nums, 2):
        print("take", v)
    for v in drop(nums, 4):
        print("drop", v)
    for v in take_while[is_small](nums):
        print("while", v)
    for v in drop_while[is_small](nums):
        print("after", v)
    var left: List[Int] = [1, 2]
    var right: List[Int] = [7, 8]
    for a, b in product(left, right):
        print("pair", a, b)
    var n = 0
    var three: List[Int] = [1, 2, 3]
    for v in cycle(three):
        if n == 7:
            break
        print("cycle", v)
        n += 1
    var evens: List[Int] = [2, 4]
    var odds: List[Int] = [1, 3, 5]
    for v in chain(evens, odds):
        print("chain", v)
    for v in once(42):
        print("once", v)
    var total = 0
    for v in empty[Int]():
        total += v
    print("empty total", total)
