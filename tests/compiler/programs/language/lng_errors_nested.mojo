# Errors through nested calls and loops: raising from deep inside,
# catching at different levels, finally ordering, and error messages
# built from values.


def validate(x: Int) raises:
    if x % 3 == 0:
        raise Error("multiple of three: ", x)
    if x > 10:
        raise Error(String("too large: {}").format(x))


def process(xs: List[Int]) raises -> Int:
    var total = 0
    for x in xs:
        try:
            validate(x)
            total += x
        except e:
            if "large" in String(e):
                print("  fatal:", e)
                raise Error("process stopped at " + String(x))
            print("  skipped:", e)
        finally:
            print("  checked", x)
    return total


def main():
    try:
        print("sum:", process([1, 2, 3, 4]))
        print("sum:", process([5, 6, 12, 7]))
    except e:
        print("main caught:", e)
    var attempts = 0
    while True:
        attempts += 1
        try:
            validate(attempts * 4)
            print("attempt", attempts, "ok")
            if attempts >= 2:
                break
        except e:
            print("attempt", attempts, "failed:", e)
    print("attempts:", attempts)
