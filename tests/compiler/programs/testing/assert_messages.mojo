from std.testing import assert_equal, assert_true, assert_false, assert_not_equal, assert_almost_equal, assert_raises
def main():
    try:
        assert_equal(1, 2)
    except e:
        print(e)
    try:
        assert_equal(String("a"), String("b"), msg="mine")
    except e:
        print(e)
    try:
        assert_true(False)
    except e:
        print(e)
    try:
        assert_false(True, "why")
    except e:
        print(e)
    try:
        assert_not_equal(3, 3)
    except e:
        print(e)
    try:
        assert_almost_equal(1.0, 1.5)
    except e:
        print(e)
    try:
        with assert_raises():
            pass
    except e:
        print(e)
    try:
        with assert_raises(contains="x"):
            raise Error("abc")
    except e:
        print(e)
