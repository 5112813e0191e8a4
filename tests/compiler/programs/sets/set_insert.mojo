from std.collections import Set


def main():
    var s = Set[Int](1, 2)
    var r = s.insert(2)
    var r2 = s.insert(3)
    print(r, r2, s)
    var w = Set[String]()
    if not w.insert("x"):
        print("new x")
    if w.insert("x"):
        print("x was there")
    var xs: List[Int] = [1, 2, 3]
    var total = 0
    for x in iter(xs):
        total += x
    print(total)
