from std.testing import assert_equal, assert_true, assert_false, TestSuite


def add(a: Int, b: Int) -> Int:
    return a + b


def test_add_small() raises:
    assert_equal(add(2, 3), 5)


def test_add_wrong_expectation() raises:
    assert_equal(add(2, 2), 5, "two plus two")


def test_truthiness() raises:
    assert_true(add(1, 1) == 2)
    assert_false(add(0, 0) == 0, "zero sum should be false here")


def test_last() raises:
    assert_equal(String("a") * 3, "aaa")


def main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
