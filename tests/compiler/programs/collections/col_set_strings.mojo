from std.collections import Set


def main() raises:
    var alice: Set[String] = {"python", "mojo", "rust"}
    var bob: Set[String] = {"go", "mojo", "c"}
    var both = alice & bob
    print(both, len(both))
    var either = alice | bob
    print(len(either))
    var sorted_langs = List[String]()
    for l in either:
        sorted_langs.append(l)
    sort(sorted_langs)
    print(sorted_langs)
    var only_a = alice - bob
    print(only_a)
    print("mojo" in alice, "java" in alice)
    var seen = Set[Int]()
    var dups = List[Int]()
    for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
        if n in seen:
            dups.append(n)
        else:
            seen.add(n)
    print(dups, len(seen))
    print(seen)
    var from_list = Set[Int]([1, 2, 2, 3])
    print(from_list, len(from_list))
    var e = Set[String]()
    print(e, Bool(e), e == Set[String]())
