# Control flow: if/elif/else, while with break/continue, for over ranges and
# collections, loop else clauses, and conditional expressions.

def classify(n: Int) -> String:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"


def find_first_multiple(values: List[Int], k: Int) -> Int:
    for v in values:
        if v % k == 0:
            print("  found", v)
            break
    else:
        print("  no multiple of", k)
        return -1
    return k


def collatz_steps(start: Int) -> Int:
    var n = start
    var steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def main():
    for n in [-5, 0, 4, 7]:
        print(n, classify(n))
    _ = find_first_multiple([3, 5, 10, 12], 4)
    _ = find_first_multiple([3, 5, 7], 2)

    var i = 0
    var evens = List[Int]()
    while i < 20:
        i += 1
        if i % 2 == 1:
            continue
        if i > 12:
            break
        evens.append(i)
    print(evens)

    var count = 0
    while count < 3:
        count += 1
    else:
        print("while finished normally at", count)

    for start in range(1, 8):
        print(start, "->", collatz_steps(start), "steps")

    for r in range(10, 0, -3):
        print(r, end=" ")
    print()
    for idx, ch in enumerate(["a", "b", "c"]):
        print(idx, ch, end="; ")
    print()
    var grid = 0
    for row in range(3):
        for col in range(3):
            if col > row:
                break
            grid += 1
    print("lower triangle cells:", grid)
