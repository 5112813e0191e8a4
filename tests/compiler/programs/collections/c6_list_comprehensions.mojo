# List/dict/set comprehensions for a grade book.


def main():
    var scores: List[Int] = [88, 92, 47, 65, 73, 99, 58]
    var passed = [s for s in scores if s >= 60]
    print("passed", passed)
    var curved = [min(s + 5, 100) for s in scores]
    print("curved", curved)
    var squares = [i * i for i in range(6)]
    print(squares)
    var pairs = [(i, j) for i in range(3) for j in range(3) if i < j]
    for p in pairs:
        print(p[0], p[1])
    var names: List[String] = ["ann", "bob", "cy"]
    var shout = [n.upper() for n in names]
    print(shout)
    var lens = {n: n.byte_length() for n in names}
    for e in lens.items():
        print(e.key, e.value)
    var mods = {s % 10 for s in scores}
    print(len(mods))
    var grid = [[r * 3 + c for c in range(3)] for r in range(3)]
    print(grid)
    var flat = [x for row in grid for x in row if x % 2 == 0]
    print(flat)
