# Generic functions: trait-bounded type parameters, explicit and inferred
# parameters, Equatable search, Comparable max, and a generic swap.


def find_index[T: Equatable & Copyable](xs: List[T], target: T) -> Int:
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1


def largest[T: Comparable & Copyable & Deinitable](xs: List[T]) -> T:
    var best = xs[0].copy()
    for x in xs:
        if best < x:
            best = x.copy()
    return best^


def swap_vals[T: Movable](mut a: T, mut b: T):
    var tmp = a^
    a = b^
    b = tmp^


def repeat_str[n: Int](s: String) -> String:
    var out = String()
    for _ in range(n):
        out += s
    return out


def describe[T: Writable](label: String, value: T) -> String:
    return label + ": " + String(value)


def main():
    var nums: List[Int] = [4, 8, 15, 16, 23, 42]
    print(find_index(nums, 15), find_index(nums, 99))
    var words: List[String] = ["x", "yy", "zzz"]
    print(find_index(words, "yy"))
    print(largest(nums), largest(words), largest([2.5, -1.0, 9.75]))
    var a = String("left")
    var b = String("right")
    swap_vals(a, b)
    print(a, b)
    var i = 1
    var j = 2
    swap_vals(i, j)
    print(i, j)
    print(repeat_str[3]("ab"))
    print(describe("int", 5), describe("float", 2.25), describe[Bool]("bool", False))
