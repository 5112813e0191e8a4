# Recursion (mutual and deep) and nested helper functions.


def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n: Int) -> Bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: Int) -> Bool:
    if n == 0:
        return False
    return is_even(n - 1)


def hanoi(n: Int, src: String, dst: String, via: String, mut moves: List[String]):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + "->" + dst)
    hanoi(n - 1, via, dst, src, moves)


def power_set(items: List[Int]) -> List[List[Int]]:
    def helper(i: Int, cur: List[Int], mut out: List[List[Int]], items: List[Int]):
        pass
    var out = List[List[Int]]()
    var n = len(items)
    for mask in range(1 << n):
        var sub = List[Int]()
        for j in range(n):
            if mask & (1 << j):
                sub.append(items[j])
        out.append(sub^)
    return out^


def main():
    print([fib(i) for i in range(12)])
    print(is_even(10), is_odd(7), is_even(3))
    var moves = List[String]()
    hanoi(3, "A", "C", "B", moves)
    print(len(moves), moves)
    def square(x: Int) -> Int:
        return x * x
    def sum_squares(n: Int) -> Int:
        var t = 0
        for i in range(1, n + 1):
            t += square(i)
        return t
    print(sum_squares(10))
    print(len(power_set([1, 2, 3])))
