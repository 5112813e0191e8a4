from std.testing import assert_equal, TestSuite


def safe_div(a: Int, b: Int) raises -> Int:
    if b == 0:
        raise Error("division by zero: ", a, " / ", b)
    return a // b


def test_divides() raises:
    assert_equal(safe_div(10, 3), 3)


def test_divide_by_zero() raises:
    assert_equal(safe_div(1, 0), 0)


def test_negative() raises:
    assert_equal(safe_div(-7, 2), -4)


def main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
