def main() raises:
    var a: List[Int] = [1, 2, 3]
    var b = a.copy()
    b.append(4)
    print(a, b)
    var c = a + b.copy()
    print(c, len(c))
    var d = List[Int]()
    for x in c:
        if x % 2 == 0:
            d.append(x)
    print(d)
    print(c.count(2), 9 in c, 4 in c)
    while len(c) > 3:
        _ = c.pop()
    print(c)
    c.insert(len(c), 100)
    print(c)
    c[0] = -1
    print(c)
    var e = List[String]()
    e.extend(["p", "q"])
    print(e)
    e.clear()
    print(len(e), e)
