# Nested functions and closures: capturing values, passing functions as
# arguments and as compile-time parameters, higher-order helpers.

def apply_n[f: def(Int) thin -> Int](x: Int, n: Int) -> Int:
    var v = x
    for _ in range(n):
        v = f(v)
    return v


def double(x: Int) -> Int:
    return x * 2


def map_list(items: List[Int], f: def(Int) thin -> Int) -> List[Int]:
    var out = List[Int]()
    for x in items:
        out.append(f(x))
    return out^


def square(x: Int) -> Int:
    return x * x


def negate(x: Int) -> Int:
    return -x


def make_report(prefix: String) -> String:
    var count = 0

    def emit(msg: String) capturing -> String:
        return prefix + ": " + msg

    var lines = String()
    for word in ["alpha", "beta"]:
        count += 1
        lines += emit(word) + "\n"
    return lines + prefix + " count " + String(count)


def main():
    print(apply_n[double](1, 10))
    print(map_list([1, 2, 3], square))
    print(map_list([1, 2, 3], negate))
    var v = 3
    v = apply_n[square](v, 1)
    v = apply_n[negate](v, 3)
    print(v)
    print(make_report("log"))
    var offset = 100

    def shift(x: Int) capturing -> Int:
        return x + offset

    print(shift(1), shift(2))
