def main() raises:
    var csv = "name,age,city\nalice,30,paris\nbob,25,rome\ncarol,35,oslo"
    var rows = List[List[String]]()
    for line in csv.split("\n"):
        var fields = List[String]()
        for f in line.split(","):
            fields.append(String(f))
        rows.append(fields^)
    var header = rows.pop(0)
    print(header)
    var ages = List[Int]()
    for r in rows:
        ages.append(Int(r[1]))
    print(ages, sum_list(ages))
    var cities = [r[2] for r in rows]
    sort(cities)
    print(", ".join(cities))
    var by_name = Dict[String, Int]()
    for r in rows:
        by_name[r[0]] = Int(r[1])
    print(by_name)
    var words = "b a c a b a".split(" ")
    print(len(words), words)
    var uniq = List[String]()
    for w in words:
        if String(w) not in uniq:
            uniq.append(String(w))
    print(uniq)
    print("-".join(uniq))


def sum_list(xs: List[Int]) -> Int:
    var s = 0
    for x in xs:
        s += x
    return s
