from std.testing import assert_raises


def might_fail(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative input")
    return x * 2


def main():
    # A body that does not raise makes assert_raises fail.
    try:
        with assert_raises():
            _ = might_fail(3)
        print("unreachable")
    except e:
        print("caught:", String(e).startswith("AssertionError"))
        print(e)
    # A body that raises the wrong message lets that error through.
    try:
        with assert_raises(contains="positive"):
            _ = might_fail(-1)
        print("unreachable")
    except e:
        print("propagated:", e)
    # The expected error is swallowed.
    try:
        with assert_raises(contains="negative"):
            _ = might_fail(-5)
        print("after block")
    except e:
        print("unexpected:", e)
