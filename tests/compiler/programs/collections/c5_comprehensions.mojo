from std.collections import Set


def main() raises:
    var nums: List[Int] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    var squares = [n * n for n in nums]
    print(squares)
    var evens = [n for n in nums if n % 2 == 0]
    print(evens)
    var pairs = [(a, b) for a in range(1, 4) for b in range(a, 4)]
    print(len(pairs))
    for p in pairs:
        print(p[0], p[1], end="; ")
    print()
    var words: List[String] = ["apple", "Banana", "cherry", "avocado"]
    var upper = [w.upper() for w in words if w.startswith("a")]
    print(upper)
    var lengths = {w: w.byte_length() for w in words}
    print(lengths["cherry"], len(lengths))
    var firsts = {String(w[byte=0]).lower() for w in words}
    print(len(firsts), "a" in firsts, "c" in firsts)
    var nested: List[List[Int]] = [[1, 2], [3], [4, 5, 6]]
    var flat = [x for row in nested for x in row]
    print(flat)
    var table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
    print(table)
