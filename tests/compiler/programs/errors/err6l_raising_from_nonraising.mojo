def parse(s: String) raises -> Int:
    if s == "":
        raise Error("empty")
    return Int(s)


def total(items: List[String]) -> Int:
    var t = 0
    for s in items:
        t += parse(s)
    return t


def main():
    var items: List[String] = ["1", "2"]
    print(total(items))
