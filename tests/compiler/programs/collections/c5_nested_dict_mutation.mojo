def main() raises:
    var d = Dict[String, Dict[String, List[Int]]]()
    d["a"] = Dict[String, List[Int]]()
    d["a"]["x"] = [1]
    d["a"]["x"].append(2)
    d["a"]["x"][0] += 10
    d["a"]["y"] = [5]
    _ = d["a"]["y"].pop()
    var e = Dict[Int, Dict[Int, Int]]()
    e[1] = Dict[Int, Int]()
    e[1][2] = 3
    e[1][2] += 4
    print(d["a"]["x"], len(d["a"]["y"]), e[1][2])
    var l3 = Dict[String, Dict[String, Dict[String, List[String]]]]()
    l3["p"] = Dict[String, Dict[String, List[String]]]()
    l3["p"]["q"] = Dict[String, List[String]]()
    l3["p"]["q"]["r"] = List[String]()
    l3["p"]["q"]["r"].append("deep")
    print(l3["p"]["q"]["r"])
