# Functions and closures passed to generic higher-order functions via function-type bounds.


def apply[F: def(Int) -> Int](f: F, x: Int) -> Int:
    return f(x)


def apply_n[F: def(Int) -> Int](f: F, x: Int, n: Int) -> Int:
    var v = x
    for _ in range(n):
        v = f(v)
    return v


def transform[F: def(Int) -> Int](xs: List[Int], f: F) -> List[Int]:
    var out = List[Int]()
    for x in xs:
        out.append(f(x))
    return out^


def keep[P: def(Int) -> Bool](xs: List[Int], pred: P) -> List[Int]:
    var out = List[Int]()
    for x in xs:
        if pred(x):
            out.append(x)
    return out^


def double(x: Int) -> Int:
    return 2 * x


def is_even(x: Int) -> Bool:
    return x % 2 == 0


def main():
    print(apply(double, 21))
    print(apply_n(double, 1, 10))
    var offset = 7
    def shift(x: Int) {offset} -> Int:
        return x + offset
    print(apply(shift, 5))
    print(apply_n(shift, 0, 3))
    var xs: List[Int] = [1, 2, 3, 4, 5, 6]
    print(transform(xs, double))
    print(transform(xs, shift))
    print(keep(xs, is_even))
    var limit = 3
    def small(x: Int) {limit} -> Bool:
        return x <= limit
    print(keep(xs, small))
