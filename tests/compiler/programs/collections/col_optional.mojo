def lookup(names: List[String], target: String) -> Optional[Int]:
    for i in range(len(names)):
        if names[i] == target:
            return i
    return None


def main() raises:
    var names: List[String] = ["ann", "ben", "cal"]
    var r = lookup(names, "ben")
    print(r.value(), Bool(r), r.__bool__())
    var miss = lookup(names, "zed")
    print(Bool(miss), miss.or_else(-1), not miss)
    if miss:
        print("found")
    else:
        print("not found")
    var o = Optional[String]("hello")
    print(o.value(), o)
    var taken = o.take()
    print(taken, Bool(o))
    var none = Optional[Int](None)
    print(none)
    print(Optional(5))
    print(r == Optional(1), r != None, miss == None)
    var s: Optional[String] = None
    print(s.or_else("default"))
    s = String("set")
    print(s.value())
    var oi = Optional[Int](3)
    oi.value() += 4
    print(oi[])
    print(oi.unsafe_value())
    if oi is None:
        print("none")
    if oi is not None:
        print("some")
    var lst = List[Optional[Int]]()
    lst.append(1)
    lst.append(None)
    lst.append(3)
    var total = 0
    for x in lst:
        if x:
            total += x.value()
    print(total, len(lst))
