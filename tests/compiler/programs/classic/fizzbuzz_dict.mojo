def main():
    var rules = Dict[Int, String]()
    rules[3] = "Fizz"
    rules[5] = "Buzz"
    var out = List[String]()
    for i in range(1, 16):
        var s = String()
        for k in rules.keys():
            if i % k == 0:
                s += rules.get(k, "")
        if not s:
            s = String(i)
        out.append(s)
    print(", ".join(out))
