def parse_age(s: String) raises -> Int:
    var n = Int(s)
    if n < 0:
        raise Error("age cannot be negative: " + String(n))
    return n

def risky(level: Int) raises:
    if level > 2:
        raise Error("too deep")
    print("level", level, "ok")

def main() raises:
    for s in ["42", "-1", "abc"]:
        try:
            print("age", parse_age(s))
        except e:
            print("error:", e)
    try:
        risky(1)
        risky(3)
        print("not reached")
    except e:
        print("caught", e)
    finally:
        print("finally runs")
    try:
        print("no error")
    except:
        print("never")
    else:
        print("else runs")
    def check(x: Int) raises -> String:
        try:
            if x == 0:
                raise Error("zero")
            return "nonzero"
        except e:
            return "handled " + String(e)
        finally:
            print("cleanup", x)
    print(check(0))
    print(check(5))
    var e = Error("custom")
    print(e, String(e) == "custom")
    try:
        var xs: List[Int] = [1, 2, 3]
        _ = xs.index(7)
    except err:
        print("index failed:", err)
