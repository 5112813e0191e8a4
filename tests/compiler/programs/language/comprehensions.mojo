# Set and dict comprehensions (Mojo 1.2), with filters and nested loops.
from std.collections import Set

def main() raises:
    var sq = {x * x for x in range(5)}
    print(len(sq), 16 in sq, 3 in sq)
    var d = {x: String(x) for x in range(4) if x != 1}
    print(len(d), d[2], 1 in d)
    var words: List[String] = ["a", "bb", "a", "ccc"]
    var lens = {w: len(w.codepoints()) for w in words}
    for item in lens.items():
        print(item.key, item.value)
    var uniq = {w for w in words}
    print(len(uniq))
    var pairs = {i * 10 + j for i in range(3) for j in range(3) if i != j}
    print(len(pairs))
    var s: Set[Int] = {1, 2}
    print(len(s))
