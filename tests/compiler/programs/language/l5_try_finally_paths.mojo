# try/except/else/finally on every exit path: normal, raise, return inside try, break and continue.


def risky(n: Int) raises -> Int:
    if n % 3 == 0:
        raise Error("multiple of three: " + String(n))
    return n * 10


def attempt(n: Int) -> String:
    try:
        var v = risky(n)
        if v > 40:
            return "big " + String(v)
    except e:
        print("  caught:", e)
        return "failed"
    else:
        print("  no error for", n)
    finally:
        print("  finally for", n)
    return "ok"


def main():
    for n in [1, 3, 5]:
        print(attempt(n))
    var i = 0
    while i < 6:
        i += 1
        try:
            if i == 2:
                continue
            if i == 5:
                break
            print("loop", i)
        finally:
            print("cleanup", i)
    try:
        try:
            _ = risky(9)
        finally:
            print("inner finally")
    except e:
        print("outer caught:", e)
