def main():
    var names: List[String] = ["pear", "Apple", "banana", "apple", "Cherry", "banana2", ""]
    sort(names)
    print(names)
    print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
    print("x" == "x", "x" != "y", "abc" >= "abc", "b" > "abc", "a" <= "A")
    var a = String("hello")
    var b = String("hel") + "lo"
    print(a == b, a != b)
    var lowered = List[String]()
    for n in names:
        lowered.append(n.lower())
    sort(lowered)
    print(lowered)
    var best = names[0]
    for n in names:
        if n > best:
            best = n
    print("max:", best)
    print(min(String("zeta"), String("alpha")), max(String("zeta"), String("alpha")))
    print(hash(String("abc")) == hash("abc"), hash("abc") == hash("abd"))
