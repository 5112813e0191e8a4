def apply(f: def(Int) thin -> Int, x: Int) -> Int:
    return f(x)


def make_adder(n: Int) -> String:
    def add(x: Int) {imm} -> Int:
        return x + n

    return String(add(1)) + "," + String(add(10))


def double(x: Int) -> Int:
    return 2 * x


def main():
    print(apply(double, 21))
    print(make_adder(5))
    var counter = 0

    def incr() {mut counter}:
        counter += 1

    incr()
    incr()
    print(counter)
    var xs: List[Int] = [3, 1, 2]
    var ys = [x * 10 for x in xs if x > 1]
    print(ys)
