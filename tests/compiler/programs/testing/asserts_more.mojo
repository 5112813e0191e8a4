from std.testing import assert_equal, assert_true, assert_false, assert_not_equal


def check_positive(x: Int) raises:
    if x <= 0:
        raise Error("expected a positive number, got ", x)


def main() raises:
    var xs: List[Int] = [1, 2, 3]
    assert_equal(xs, [1, 2, 3])
    assert_equal(String("ab") + "c", "abc")
    assert_not_equal(1.5, 2.5)
    assert_true(len(xs) == 3, "three items")
    try:
        check_positive(-4)
    except e:
        print(e)
    try:
        assert_equal(xs, [1, 2])
    except e:
        print(String(e).split("\n")[1:])
    print("ok")
