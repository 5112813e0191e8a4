# Dict values mutated in place: d[k].append, ref bindings, items() mutation.


def main() raises:
    var groups = Dict[String, List[String]]()
    groups["fruit"] = List[String]()
    groups["veg"] = List[String]()
    groups["fruit"].append("apple")
    groups["fruit"].append("banana")
    groups["veg"].append("leek")
    print("fruit", groups["fruit"], "veg", groups["veg"])
    ref fruit = groups["fruit"]
    fruit.append("cherry")
    fruit[0] = "apricot"
    print("fruit after ref", groups["fruit"])
    var counts = Dict[String, Int]()
    counts["x"] = 1
    counts["y"] = 2
    counts["x"] += 10
    counts["y"] *= 3
    print("counts", counts["x"], counts["y"])
    for e in counts.items():
        print(e.key, "=", e.value)
    for k in counts.keys():
        counts[k] += 1000
    for e in counts.items():
        print("after", e.key, "=", e.value)
    var nested = Dict[Int, Dict[String, Int]]()
    nested[1] = Dict[String, Int]()
    nested[1]["a"] = 5
    nested[1]["a"] += 5
    print("nested", nested[1]["a"], len(nested[1]))
    ref inner = nested[1]
    inner["b"] = 7
    print("nested len", len(nested[1]))
