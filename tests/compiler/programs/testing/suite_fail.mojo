from std.testing import assert_equal, assert_true, TestSuite
from std.time import sleep


def test_ok() raises:
    sleep(0.02)
    assert_equal(2 + 2, 4)


def test_bad() raises:
    assert_equal(1, 2, "one is not two")


def helper() raises:
    pass


def main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
