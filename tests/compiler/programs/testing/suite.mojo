from std.testing import assert_equal, assert_true, TestSuite


def test_addition() raises:
    assert_equal(2 + 2, 4)


def test_strings() raises:
    assert_true(String("abc").startswith("a"))


def main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
