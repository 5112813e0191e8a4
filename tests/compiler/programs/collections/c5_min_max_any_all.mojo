def main():
    var temps: List[Float64] = [21.5, 19.0, 25.25, 18.75, 23.0]
    var lo = temps[0]
    var hi = temps[0]
    for t in temps:
        lo = min(lo, t)
        hi = max(hi, t)
    print("lo", lo, "hi", hi)
    var flags: List[Bool] = [True, True, False]
    print(any(flags), all(flags))
    var empty = List[Bool]()
    print(any(empty), all(empty))
    var hot = [t > 24.0 for t in temps]
    print(hot, any(hot))
    var words: List[String] = ["pear", "fig", "banana", "kiwi"]
    var longest = words[0]
    for w in words:
        if w.byte_length() > longest.byte_length():
            longest = w
    print("longest:", longest)
    print(min(3, 7, 1), max(2, 9, 4))
    var ints: List[Int] = [4, 8, 15, 16, 23, 42]
    var acc = 0
    for i in ints:
        acc += i
    print("mean", Float64(acc) / Float64(len(ints)))
