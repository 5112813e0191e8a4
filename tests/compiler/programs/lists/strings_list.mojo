def main():
    var names: List[String] = ["bob", "alice", "carol"]
    sort(names)
    print(names)
    names.append("dave")
    for name in names:
        print(name, end=" ")
    print()
    for i in range(len(names)):
        names[i] = names[i].upper()
    print(names)
    var squares = [x * x for x in range(6)]
    print(squares)
    var evens = [x for x in range(10) if x % 2 == 0]
    print(evens)
    var filled = List[Float64](length=3, fill=0.5)
    print(filled)
    var nested = List[List[Int]]()
    nested.append([1, 2])
    nested.append([3])
    print(len(nested), len(nested[0]), nested[1][0])
    for idx, v in enumerate(names):
        print(idx, v)
