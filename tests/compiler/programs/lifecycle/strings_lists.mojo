def words(text: String) -> List[String]:
    var out = List[String]()
    for part in text.split(" "):
        out.append(String(part))
    return out^


def main():
    var all = List[String]()
    for i in range(3):
        var w = words("a b c " + String(i))
        for x in w:
            all.append(x + "!")
    print(all)
    var nested = List[List[String]]()
    for i in range(2):
        var inner: List[String] = ["x" + String(i), "y"]
        nested.append(inner^)
    print(len(nested), nested[1][0])
    var copy = nested.copy()
    nested.clear()
    print(len(nested), len(copy), copy[0][1])
    var nums: List[Int] = [1, 2]
    var t = (String("p"), nums^)
    print(t[0], len(t[1]))
    var opt: Optional[String] = String("maybe")
    print(opt.value(), opt.or_else("no"))
