from std.testing import assert_equal, TestSuite


def test_a() raises:
    assert_equal(1, 1)


def main() raises:
    var suite = TestSuite()
    suite.test[test_a]()
    suite^.run()
