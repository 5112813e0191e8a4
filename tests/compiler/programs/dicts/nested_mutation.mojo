def main() raises:
    var groups = Dict[String, List[Int]]()
    for i in range(6):
        var key = "even" if i % 2 == 0 else "odd"
        if key not in groups:
            groups[key] = List[Int]()
        groups[key].append(i)
    print(groups["even"], groups["odd"])
    var counts = Dict[String, Int]()
    counts["a"] = 1
    counts["a"] += 5
    print(counts["a"])
