# Comparing and sorting strings: lexicographic byte order, case, prefixes, min/max, dedup with a set.
from std.collections import Set


def insertion_sort(mut xs: List[String]):
    for i in range(1, len(xs)):
        var key = xs[i]
        var j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key


def main():
    var names: List[String] = ["pear", "Apple", "banana", "apple", "Banana", "cherry", "apricot", "", "b", "éclair", "zebra", "Zulu", "app"]
    var sorted_names = names.copy()
    insertion_sort(sorted_names)
    print(sorted_names)
    var lowered = List[String]()
    for n in names:
        lowered.append(n.lower())
    insertion_sort(lowered)
    print(lowered)
    print("apple" < "apricot", "app" < "apple", "Zulu" < "apple", "" < "a", "b" > "abc", "é" > "z")
    print("abc" == "abc", "abc" != "abd", String("x") <= "x", String("y") >= "z")
    print(min(String("kiwi"), String("fig")), max(String("kiwi"), String("fig")))
    var seen = Set[String]()
    var unique = List[String]()
    for n in lowered:
        if n not in seen:
            seen.add(n)
            unique.append(n)
    print(len(unique), "unique:", unique)
    print("hash equal for equal strings:", hash("mojo") == hash(String("mo") + "jo"))
    print("hash differs:", hash("mojo") != hash("Mojo"))
    var sorted_std = names.copy()
    sort(sorted_std)
    print(sorted_std == sorted_names)
