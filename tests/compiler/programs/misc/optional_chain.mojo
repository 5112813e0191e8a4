def parse_int(s: String) -> Optional[Int]:
    try:
        return atol(s)
    except:
        return None


def main():
    var inputs: List[String] = ["1", "two", "3"]
    var good = 0
    for s in inputs:
        var v = parse_int(s)
        if v:
            good += v.value()
        else:
            print("bad input:", s)
    print("sum:", good)
    var maybe: Optional[String] = None
    print(maybe.or_else("default"))
    maybe = String("set")
    print(maybe.value())
    if maybe is not None:
        print("has value")
