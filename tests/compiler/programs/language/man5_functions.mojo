# Functions: defaults, keyword-only and positional-only arguments, variadic
# arguments, overloading and nested functions.

def greet(name: String, greeting: String = "Hello") -> String:
    return greeting + ", " + name + "!"


def clamp(value: Int, /, lo: Int, hi: Int) -> Int:
    return max(lo, min(value, hi))


def describe(name: String, *, age: Int, city: String = "nowhere") -> String:
    return name + " (" + String(age) + ") from " + city


def total(*values: Int) -> Int:
    var sum = 0
    for v in values:
        sum += v
    return sum


def join_all(sep: String, *parts: String) -> String:
    var out = String()
    for i in range(len(parts)):
        if i > 0:
            out += sep
        out += parts[i]
    return out


def show(x: Int) -> String:
    return "Int " + String(x)


def show(x: Float64) -> String:
    return "Float64 " + String(x)


def show(x: String) -> String:
    return "String '" + x + "'"


def apply_twice(x: Int) -> Int:
    def step(v: Int) -> Int:
        return v * 2 + 1

    return step(step(x))


def divmod_pair(a: Int, b: Int) -> Tuple[Int, Int]:
    return (a // b, a % b)


def main():
    print(greet("Mojo"))
    print(greet("Ada", greeting="Welcome"))
    print(greet(greeting="Hi", name="Bob"))
    print(clamp(15, lo=0, hi=10), clamp(-3, 0, 10), clamp(5, hi=7, lo=1))
    print(describe("Eve", age=30))
    print(describe("Lin", city="Oslo", age=41))
    print(total(), total(1), total(1, 2, 3, 4))
    print(join_all("-", "a", "b", "c"))
    print(show(3), "|", show(2.5), "|", show("hi"))
    print(apply_twice(3))
    var q, r = divmod_pair(17, 5)
    print(q, r)
    var pair = divmod_pair(-7, 2)
    print(pair[0], pair[1])
