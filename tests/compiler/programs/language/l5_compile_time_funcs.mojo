# Functions as compile-time parameters: thin function parameters and capturing closures.


def reduce_with[op: def(Int, Int) thin -> Int](xs: List[Int], init: Int) -> Int:
    var acc = init
    for x in xs:
        acc = op(acc, x)
    return acc


def call_twice[f: def() capturing -> None]():
    f()
    f()


def add(a: Int, b: Int) -> Int:
    return a + b


def mul(a: Int, b: Int) -> Int:
    return a * b


def larger(a: Int, b: Int) -> Int:
    return a if a > b else b


def main():
    var xs: List[Int] = [3, 1, 4, 1, 5, 9, 2, 6]
    print(reduce_with[add](xs, 0))
    print(reduce_with[mul](xs, 1))
    print(reduce_with[larger](xs, 0))
    var hits = 0
    def hit() capturing:
        hits += 1
        print("hit", hits)
    call_twice[hit]()
    print("hits =", hits)
    var op: def(Int, Int) thin -> Int = add
    print(op(2, 3))
    op = mul
    print(op(2, 3))
