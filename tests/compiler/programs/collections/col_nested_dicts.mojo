def main() raises:
    var grades = Dict[String, List[Int]]()
    grades["ann"] = [90, 85]
    grades["bob"] = List[Int]()
    grades["bob"].append(70)
    grades["ann"].append(100)
    grades.setdefault("cat", List[Int]()).append(60)
    print(grades)
    for item in grades.items():
        var s = 0
        for g in item.value:
            s += g
        print(item.key, len(item.value), s)
    var nested = Dict[String, Dict[String, Int]]()
    nested["x"] = Dict[String, Int]()
    nested["x"]["a"] = 1
    nested["x"]["b"] = 2
    nested["y"] = {"c": 3}
    print(nested)
    print(nested["x"]["b"], len(nested["y"]))
    var copy = grades.copy()
    copy["ann"][0] = -1
    print(grades["ann"][0], copy["ann"][0])
    var lol: List[List[String]] = [["a", "b"], [], ["c"]]
    lol[1].append("z")
    print(lol, len(lol[1]))
    var sets_by_key = Dict[Int, List[Tuple[String, Int]]]()
    sets_by_key[1] = [("one", 1)]
    sets_by_key[1].append(("uno", 1))
    for t in sets_by_key[1]:
        print(t[0], t[1])
