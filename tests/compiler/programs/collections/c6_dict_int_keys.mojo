# Dict[Int, ...] bookkeeping: insertion order, deletion and re-insertion, popitem.


def main() raises:
    var squares = Dict[Int, Int]()
    for i in range(10):
        squares[i] = i * i
    print(len(squares))
    for i in range(0, 10, 3):
        _ = squares.pop(i)
    var ks = List[Int]()
    for k in squares.keys():
        ks.append(k)
    print("after deletes", ks)
    squares[0] = -1
    squares[3] = -3
    ks.clear()
    for k in squares.keys():
        ks.append(k)
    print("reinserted", ks)
    var vs = List[Int]()
    for v in squares.values():
        vs.append(v)
    print("values", vs)
    while len(squares) > 6:
        var e = squares.popitem()
        print("popitem", e.key, e.value)
    print(squares)
    var big = Dict[Int, String]()
    for i in range(200):
        big[i * 7 % 211] = String(i)
    var hits = 0
    for i in range(211):
        if i in big:
            hits += 1
    print("big", len(big), hits, big[14], big[0])
    try:
        print(big[1000])
    except e:
        print("missing key:", e)
