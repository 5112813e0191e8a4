def classify(n: Int) -> String:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"

def collatz(var n: Int) -> Int:
    var steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def find_first(xs: List[Int], target: Int) -> Int:
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1

def main():
    for n in [-3, 0, 4, 7]:
        print(n, classify(n))
    print(collatz(27), collatz(1))
    var xs: List[Int] = [5, 3, 8, 3]
    print(find_first(xs, 3), find_first(xs, 9))
    var i = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > 7:
            break
        print("odd", i, end=" ")
    print()
    for i in range(3):
        for j in range(3):
            if j == i:
                continue
            if i + j == 3:
                break
            print(i, j, sep=":", end=", ")
    print("done")
    var count = 0
    for _ in range(5):
        count += 1
    print(count)
    var s = "x" if count > 3 else "y"
    print(s)
    print(1 < 2 < 3, 3 > 2 > 2, not True, True and not False or False)
    print(1 if True else 2, "abc" if count == 4 else "def")
