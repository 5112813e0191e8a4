from std.testing import assert_equal, assert_true, assert_false, assert_not_equal, assert_almost_equal, assert_raises


def boom() raises:
    raise Error("kaboom")


def main() raises:
    assert_equal(1 + 1, 2)
    assert_equal(String("a"), String("a"))
    assert_true(3 > 2)
    assert_false(3 < 2)
    assert_not_equal(1, 2)
    assert_almost_equal(0.1 + 0.2, 0.3)
    with assert_raises():
        boom()
    with assert_raises(contains="kab"):
        boom()
    try:
        assert_equal(1, 2)
    except e:
        print("caught:", String(e).split("\n")[0].find("AssertionError") >= 0)
    try:
        assert_true(False, "custom message")
    except e:
        print("msg ok:", "custom message" in String(e))
    print("done")
