# Functions that never return normally (-> Never via abort-like raising), and raises Never.


def must_positive(x: Int) raises -> Int:
    if x <= 0:
        raise Error("not positive: " + String(x))
    return x


def fail(msg: String) raises -> Never:
    raise Error(msg)


def safe_div(a: Int, b: Int) raises Never -> Int:
    if b == 0:
        return 0
    return a // b


def pick(flag: Bool) raises -> Int:
    if flag:
        return 1
    fail("flag was false")


def main():
    print(safe_div(10, 3), safe_div(1, 0))
    try:
        print(pick(True))
        print(pick(False))
    except e:
        print("caught:", e)
    for v in [3, -1]:
        try:
            print(must_positive(v))
        except e:
            print(e)
