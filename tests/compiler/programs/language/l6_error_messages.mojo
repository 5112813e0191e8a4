# Errors as values: messages, formatting, rethrow with context, errors from stdlib calls.


def parse_age(s: String) raises -> Int:
    var v: Int
    try:
        v = Int(s)
    except e:
        raise Error("bad age '" + s + "': " + String(e))
    if v < 0 or v > 150:
        raise Error("age out of range: " + String(v))
    return v


def load(records: List[String]) raises -> List[Int]:
    var out = List[Int]()
    for i in range(len(records)):
        try:
            out.append(parse_age(records[i]))
        except e:
            raise Error("record " + String(i) + ": " + String(e))
    return out^


def main():
    var good: List[String] = ["3", "41", "150"]
    var bad: List[String] = ["10", "x7", "20"]
    var range_bad: List[String] = ["1", "-5"]
    try:
        print(String(load(good)))
    except e:
        print("unexpected", e)
    try:
        _ = load(bad)
    except e:
        print("error:", e)
    try:
        _ = load(range_bad)
    except e:
        print("error:", e)
    var err = Error("custom")
    print("err is", err, "| str:", String(err))
    try:
        var d = Dict[String, Int]()
        d["a"] = 1
        print(d["a"])
        print(d["b"])
    except e:
        print("dict error:", e)
    try:
        var l: List[Int] = [1]
        _ = l.pop()
        print("popped ok")
        print(Float64("3.5x"))
    except e:
        print("float error:", e)
    try:
        raise Error("plain")
    except:
        print("bare except caught it")
