from std.collections import Set


def first_word(words: List[String]) raises -> String:
    var it = iter(words)
    return next(it)


def main() raises:
    var d = {"one": 1, "two": 2}
    var k = iter(d)
    print(next(k))
    for rest in k:
        print("then", rest)
    var s = Set[Int](5, 6)
    var si = iter(s)
    print(next(si), next(si))
    print(first_word(["hello", "world"]))
    var empty = List[Int]()
    var ei = iter(empty)
    try:
        _ = next(ei)
    except e:
        print("empty:", e)
