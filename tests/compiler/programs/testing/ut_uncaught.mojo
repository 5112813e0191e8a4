from std.testing import assert_equal


def area(w: Int, h: Int) -> Int:
    return w * h


def main() raises:
    assert_equal(area(2, 3), 6)
    print("first check passed")
    assert_equal(area(2, 3), 7, "area is wrong")
    print("not printed")
