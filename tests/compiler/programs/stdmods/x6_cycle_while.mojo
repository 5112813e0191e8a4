from std.itertools import cycle, take_while, drop_while

def small(x: Int) -> Bool:
    return x < 3

def main() raises:
    var l: List[Int] = [1, 2, 3, 1]
    for v in take_while[small](l):
        print(v)
    for v in drop_while[small](l):
        print("d", v)
    var n = 0
    for v in cycle(l):
        n += 1
        if n > 6:
            break
        print("c", v)
    var it = cycle(l)
    print(next(it), next(it))
