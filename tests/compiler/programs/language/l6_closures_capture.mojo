# Closures: nested functions capturing by reference, closure parameters, and recursion.


def apply_n[f: def(Int) capturing -> Int](x: Int, n: Int) -> Int:
    var v = x
    for _ in range(n):
        v = f(v)
    return v


def for_each[body: def(Int) capturing -> None](n: Int):
    for i in range(n):
        body(i)


def make_counter_report(start: Int) -> String:
    var count = start
    var log = String()

    def bump(k: Int) capturing -> Int:
        return k + count

    for_each_local(log)
    count = 5
    log += " bump(1)=" + String(apply_n[bump](1, 3))
    return log


def for_each_local(mut out: String):
    var total = 0

    @parameter
    def add(i: Int):
        total += i * i

    for_each[add](5)
    out += "squares=" + String(total)


def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def outer(n: Int) -> Int:
    def helper(k: Int) -> Int:
        var t = 0
        for i in range(k + 1):
            t += i
        return t

    return helper(n) + fib(n)


def main():
    var offset = 3

    def add_offset(x: Int) capturing -> Int:
        return x + offset

    print("apply_n add_offset", apply_n[add_offset](0, 4))
    offset = 10
    print("after change", apply_n[add_offset](0, 2))

    var seen = List[Int]()

    def collect(i: Int) capturing:
        seen.append(i * 10)

    for_each[collect](4)
    print("seen", len(seen), seen[0], seen[3])
    print(make_counter_report(2))
    print("fib", fib(15), "outer", outer(10))
