# join over lists of different element types, and building CSV rows.


def main():
    var ints: List[Int] = [1, 2, 3, 40, -5]
    var floats: List[Float64] = [0.5, 1.0, 2.25, -3.0]
    var bools: List[Bool] = [True, False, True]
    var words: List[String] = ["alpha", "beta", "gamma"]
    var bytes: List[UInt8] = [0, 127, 255]
    print(", ".join(ints))
    print(" | ".join(floats))
    print("/".join(bools))
    print("".join(words), "-".join(words), "\n".join(words))
    print(":".join(bytes))
    var empty = List[String]()
    print(repr(",".join(empty)), repr(",".join(["solo"])))
    var sep = String(" + ")
    print(sep.join(ints), "=", 1 + 2 + 3 + 40 - 5)
    var rows = List[List[Int]]()
    for r in range(3):
        var row = List[Int]()
        for c in range(4):
            row.append(r * 10 + c)
        rows.append(row^)
    for row in rows:
        print(",".join(row))
    var parts = "a b  c".split(" ")
    print("[" + "][".join(parts) + "]")
