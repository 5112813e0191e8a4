from std.collections import Set


def main():
    var a = Set[String]("red", "green", "blue")
    var b = Set[String]("green", "yellow", "blue", "black")
    print(len(a), len(b))
    print("green" in a, "black" in a)
    var u = a | b
    var i = a & b
    var d = a - b
    var x = a ^ b
    print("union", len(u))
    print("inter", len(i), "green" in i, "blue" in i)
    print("diff", len(d), "red" in d)
    print("sym", len(x))
    a.add("white")
    a.discard("red")
    print(len(a), "red" in a, "white" in a)
    var seen = Set[Int]()
    var dups = List[Int]()
    var nums: List[Int] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    for n in nums:
        if n in seen:
            dups.append(n)
        else:
            seen.add(n)
    print("dups:", dups)
    print("unique count:", len(seen))
    print(i.issubset(a), a.issuperset(i))
    print(Set[Int](1, 2).isdisjoint(Set[Int](3, 4)))
