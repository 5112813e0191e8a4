from std.collections import Set

# Set algebra on course enrolments.


def show(label: String, s: Set[String]):
    var names = List[String]()
    for n in s:
        names.append(n)
    sort(names)
    print(label, names, len(s))


def main() raises:
    var math: Set[String] = {"ana", "ben", "cho", "dev"}
    var art = Set[String]("cho", "dev", "eve")
    show("math", math)
    show("art", art)
    show("union", math.union(art))
    show("union op", math | art)
    show("intersection", math.intersection(art))
    show("intersection op", math & art)
    show("difference", math.difference(art))
    show("difference op", math - art)
    show("symmetric", math.symmetric_difference(art))
    show("symmetric op", math ^ art)
    var both = math.copy()
    both &= art
    show("iand", both)
    var either = math.copy()
    either |= art
    show("ior", either)
    var only = math.copy()
    only -= art
    show("isub", only)
    var xor = math.copy()
    xor ^= art
    show("ixor", xor)
    var u = math.copy()
    u.update(art)
    show("update", u)
    var iu = math.copy()
    iu.intersection_update(art)
    show("intersection_update", iu)
    var du = math.copy()
    du.difference_update(art)
    show("difference_update", du)
    var su = math.copy()
    su.symmetric_difference_update(art)
    show("symmetric_difference_update", su)
    print("subset", both.issubset(math), math.issubset(both))
    print("superset", math.issuperset(both), both <= math, math >= both, both < math, math > math)
    print("disjoint", only.isdisjoint(art), math.isdisjoint(art))
    print("eq", math == math.copy(), math != art)
    u.discard("zed")
    u.discard("eve")
    show("discarded", u)
    u.remove("ana")
    show("removed", u)
    try:
        u.remove("nobody")
    except e:
        print("remove raised:", e)
    var n = len(u)
    var popped = u.pop()
    print("pop shrinks", n, len(u), popped in u)
    u.clear()
    print("cleared", len(u), Bool(u))
    try:
        _ = u.pop()
    except e:
        print("pop empty raised:", e)
    var nums = Set[Int](3, 1, 4, 1, 5, 9, 2, 6)
    print(len(nums), 1 in nums, 7 in nums)
    print(nums)
