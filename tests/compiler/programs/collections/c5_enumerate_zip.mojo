def main():
    var names: List[String] = ["ann", "ben", "cat"]
    var scores: List[Int] = [88, 92, 75]
    for i, n in enumerate(names):
        print(i, n)
    for i, n in enumerate(names, start=1):
        print(String(i) + ".", n)
    for n, s in zip(names, scores):
        print(n, "scored", s)
    var total = 0
    for pair in zip(names, scores):
        total += pair[1]
    print("total", total)
    for v in reversed(scores):
        print(v, end=" ")
    print()
    for i in reversed(range(3)):
        print(i, end=",")
    print()
    print(any([s > 90 for s in scores]), all([s > 80 for s in scores]))
