from std.testing import assert_equal, TestSuite


def test_one() raises:
    assert_equal(1 + 0, 1)


def test_two() raises:
    assert_equal(1 + 1, 2)


def test_skipped() raises:
    assert_equal(1, 2)


def main() raises:
    var suite = TestSuite()
    suite.test[test_one]()
    suite.skip[test_skipped]()
    suite.test[test_two]()
    suite^.run()
