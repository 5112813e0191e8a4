# try/except/else/finally along every exit: normal, raised, return inside
# try, break and continue inside try in a loop, and re-raise.


def check(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative: " + String(x))
    return x * 2


def early(x: Int) -> String:
    try:
        if x > 10:
            return "big"
        _ = check(x)
        return "ok " + String(x)
    except e:
        return "caught " + String(e)
    finally:
        print("  finally in early for", x)


def rethrow(x: Int) raises -> Int:
    try:
        return check(x)
    except e:
        print("  logging:", e)
        raise e^


def main():
    for v in [3, -1]:
        try:
            var r = check(v)
            print("got", r)
        except e:
            print("except:", e)
        else:
            print("else branch for", v)
        finally:
            print("finally for", v)

    print(early(20))
    print(early(4))
    print(early(-4))

    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("cleanup", i)

    try:
        _ = rethrow(-7)
    except e:
        print("outer caught:", e)

    try:
        try:
            raise Error("inner")
        finally:
            print("inner finally")
    except e:
        print("outer got", e)
