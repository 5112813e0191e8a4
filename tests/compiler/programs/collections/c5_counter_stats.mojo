from std.collections import Counter


def main():
    var rolls: List[Int] = [3, 5, 3, 6, 1, 3, 5, 2, 6, 6, 6, 4]
    var c = Counter[Int](rolls)
    print("distinct:", len(c))
    print("sixes:", c[6], "threes:", c[3], "sevens:", c[7])
    for t in c.most_common(3):
        print("face", t[0], "x", t[1])
    var other = Counter[Int]()
    other[6] = 1
    other[1] = 5
    var both = c + other
    print("6 in both:", both[6], "1 in both:", both[1])
    var diff = c - other
    print("6 in diff:", diff[6], "1 in diff:", diff[1], 1 in diff)
    print("total rolls:", c.total())
    var keys = List[Int]()
    for k in c.keys():
        keys.append(k)
    sort(keys)
    print(keys)
