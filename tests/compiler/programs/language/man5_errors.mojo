# Errors: raising, try/except/else/finally, re-raising, errors crossing
# function boundaries, and cleanup order.

def parse_age(s: String) raises -> Int:
    var n = atol(s)
    if n < 0:
        raise Error("age cannot be negative: " + String(n))
    if n > 150:
        raise Error("age is implausible: " + String(n))
    return n


def checked(s: String) -> String:
    var a: Int
    try:
        a = parse_age(s)
    except e:
        return "invalid (" + String(e) + ")"
    else:
        return "ok " + String(a)
    finally:
        print("  checked", repr(s))


def average(values: List[String]) raises -> Float64:
    var total = 0
    var count = 0
    for v in values:
        try:
            total += parse_age(v)
            count += 1
        except e:
            if "negative" in String(e):
                raise Error("fatal: " + String(e))
            print("  skipping", v)
    if count == 0:
        raise Error("no valid values")
    return Float64(total) / Float64(count)


def with_cleanup(fail: Bool) raises -> String:
    var log = String("start")
    try:
        if fail:
            raise Error("boom")
        log += " body"
    finally:
        log += " cleanup"
        print("  finally sees:", log)
    return log


def main():
    for s in ["42", "-1", "abc", "200"]:
        print(checked(s))
    try:
        print(average(["10", "x", "20", "999"]))
        print(average(["x"]))
    except e:
        print("caught:", e)
    try:
        print(average(["5", "-5"]))
    except e:
        print("caught:", e)
    try:
        print(with_cleanup(False))
        print(with_cleanup(True))
    except e:
        print("caught:", e)
    var err = Error("constructed")
    print(String(err), err)
