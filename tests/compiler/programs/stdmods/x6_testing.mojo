from std.testing import assert_equal, assert_true, assert_false, assert_not_equal, assert_almost_equal, assert_raises


def risky(n: Int) raises -> Int:
    if n < 0:
        raise Error("negative input: " + String(n))
    return n * 2


def check(name: String, ok: Bool):
    print(name, "ok" if ok else "FAILED")


def main() raises:
    assert_equal(risky(4), 8)
    assert_true(risky(1) == 2, "one doubles to two")
    assert_false(risky(0) != 0)
    assert_not_equal(risky(3), 7)
    assert_almost_equal(0.1 + 0.2, 0.3)
    assert_equal(String("abc"), "abc")
    with assert_raises():
        _ = risky(-1)
    with assert_raises(contains="negative"):
        _ = risky(-5)
    try:
        assert_equal(1 + 1, 3)
    except e:
        print("caught:", String(e).split("\n")[0].endswith("AssertionError: `left == right` comparison failed:"))
    try:
        assert_true(False, "custom message")
    except e:
        print("has message:", "custom message" in String(e))
    try:
        assert_almost_equal(1.0, 1.1, atol=0.01)
    except e:
        print("almost failed")
    try:
        with assert_raises():
            _ = risky(2)
    except e:
        print("no raise detected:", "AssertionError" in String(e))
    var results = List[Bool]()
    for n in range(-2, 3):
        try:
            _ = risky(n)
            results.append(True)
        except:
            results.append(False)
    print(results)
    check("all done", True)
