def greet(name: String, greeting: String = "Hello", punct: String = "!") -> String:
    return greeting + ", " + name + punct

def sum_all(*values: Int) -> Int:
    var total = 0
    for v in values:
        total += v
    return total

def describe(x: Int, *, verbose: Bool = False) -> String:
    if verbose:
        return "the integer " + String(x)
    return String(x)

def inc(x: Int) -> Int:
    return x + 1

def swap(mut a: Int, mut b: Int):
    var t = a
    a = b
    b = t

def fact(n: Int) -> Int:
    return 1 if n <= 1 else n * fact(n - 1)

def min_max(xs: List[Int]) -> Tuple[Int, Int]:
    var lo = xs[0]
    var hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    return (lo, hi)

def main():
    print(greet("Ada"))
    print(greet("Bob", "Hi"))
    print(greet("Cy", punct="?"))
    print(sum_all(), sum_all(1, 2, 3), sum_all(10, 20))
    print(describe(5), describe(5, verbose=True))
    print(inc(inc(5)))
    var a = 1
    var b = 2
    swap(a, b)
    print(a, b)
    print(fact(10), fact(20))
    var lo, hi = min_max([4, -2, 9, 0])
    print(lo, hi)
    var t = min_max([7])
    print(t[0], t[1])
    def nested(y: Int) -> Int:
        return y * 3
    print(nested(4))
