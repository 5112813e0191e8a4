def show(parts: List[String]):
    print(parts)


def main():
    var s = String("a,b,,c,")
    var p = s.split(",")
    print(len(p))
    for x in p:
        print("<" + String(x) + ">", end=" ")
    print()
    var q = String("  many   spaces here  ").split()
    print(len(q), q[0], q[len(q) - 1])
    var r = String("k=v=w").split("=", 1)
    print(len(r), r[0], r[1])
    var t = String("1 2 3 4 5").split(maxsplit=2)
    print(len(t), t[2])
    var lines = String("l1\nl2\r\nl3\rl4\n").splitlines()
    print(len(lines))
    for l in lines:
        print(repr(String(l)))
    var kept = String("a\nb\n").splitlines(keepends=True)
    for l in kept:
        print(repr(String(l)))
    var e = String("").split(",")
    print("empty split len", len(e))
    var e2 = String("").split()
    print("empty ws split len", len(e2))
    var multi = String("one::two::three").split("::")
    print(len(multi), multi[1])
