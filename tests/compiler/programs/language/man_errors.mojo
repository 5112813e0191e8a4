def check_age(age: Int) raises -> Int:
    if age < 0:
        raise Error("age cannot be negative: ", age)
    if age > 150:
        raise "age is unrealistic"
    return age


def parse_all(values: List[Int]) -> Int:
    var ok = 0
    for v in values:
        try:
            _ = check_age(v)
            ok += 1
        except e:
            print("rejected:", e)
        else:
            print("accepted", v)
        finally:
            print("checked", v)
    return ok


def rethrow(x: Int) raises:
    try:
        _ = check_age(x)
    except e:
        raise Error("wrapped: " + String(e))


def main():
    print(parse_all([30, -2, 200]))
    try:
        rethrow(-1)
    except e:
        print(e)
    try:
        rethrow(5)
        print("no error")
    except e:
        print(e)
