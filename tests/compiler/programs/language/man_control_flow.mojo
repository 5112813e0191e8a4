def classify(n: Int) -> String:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"


def find_first_multiple(xs: List[Int], k: Int) -> Int:
    for x in xs:
        if x % k == 0:
            return x
    return -1


def main():
    for n in [-5, 0, 4, 7]:
        print(n, classify(n))
    var i = 0
    while i < 10:
        i += 1
        if i % 3 == 0:
            continue
        if i > 7:
            break
        print("i =", i)
    var js: List[Int] = [0, 1, 2]
    for j in js:
        print("j", j)
    else:
        print("loop finished")
    var k = 0
    while k < 100:
        k += 40
        if k == 80:
            break
    else:
        print("never printed")
    print(k, find_first_multiple([3, 5, 10, 12], 5), find_first_multiple([1], 7))
    for a in range(10, 0, -3):
        print(a, end=" ")
    print()
    var total = 0
    for x in range(1, 4):
        for y in range(1, 4):
            if x == y:
                continue
            total += x * y
    print(total)
