# Variadic arguments: homogeneous *args, variadic packs of Writable values, and keyword args.


def sum_all(*nums: Int) -> Int:
    var total = 0
    for n in nums:
        total += n
    return total


def max_of(first: Int, *rest: Int) -> Int:
    var m = first
    for r in rest:
        if r > m:
            m = r
    return m


def join_words(sep: String, *words: String) -> String:
    var out = String()
    for i in range(len(words)):
        if i > 0:
            out += sep
        out += words[i]
    return out


def log_all[*Ts: Writable](*values: *Ts):
    comptime for i in range(values.__len__()):
        print("[", i, "]", values[i])


def greet(name: String, *, greeting: String = "Hello", punct: String = "!") -> String:
    return greeting + ", " + name + punct


def main():
    print(sum_all(), sum_all(1), sum_all(1, 2, 3, 4))
    print(max_of(3), max_of(3, 9, 2, 7))
    print(join_words("-", "a", "b", "c"))
    log_all(1, "two", 3.5, True)
    print(greet("Ada"))
    print(greet("Bob", greeting="Hi"))
    print(greet("Cy", punct="?", greeting="Hey"))
