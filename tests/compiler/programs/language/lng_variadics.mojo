# Variadic arguments, keyword-only arguments, defaults, and variadic
# Writable packs forwarded to writers.


def total(*nums: Int) -> Int:
    var s = 0
    for n in nums:
        s += n
    return s


def join_words(*words: String, sep: String = " ") -> String:
    var out = String()
    var first = True
    for w in words:
        if not first:
            out += sep
        out += w
        first = False
    return out


def greet(name: String, *, greeting: String = "Hello", punct: String = "!") -> String:
    return greeting + ", " + name + punct


def describe[*Ts: Writable](*args: *Ts) -> String:
    var s = String()
    comptime for i in range(args.__len__()):
        s.write("[", args[i], "]")
    return s


def power(base: Int, exp: Int = 2) -> Int:
    var r = 1
    for _ in range(exp):
        r *= base
    return r


def main():
    print(total(), total(5), total(1, 2, 3, 4))
    print(join_words("a", "b", "c"), join_words("x", "y", sep="-"))
    print(greet("Ann"), greet("Bo", greeting="Hi"), greet("Cy", punct="?", greeting="Yo"))
    print(describe(1, "two", 3.5, True))
    print(power(3), power(2, 8), power(exp=3, base=5))
