from std.testing import assert_raises, assert_equal, TestSuite


def parse_digit(s: String) raises -> Int:
    if s.byte_length() != 1:
        raise Error("expected one character, got ", s.byte_length())
    var c = ord(s)
    if c < ord("0") or c > ord("9"):
        raise Error("not a digit: " + s)
    return c - ord("0")


def test_good_digit() raises:
    assert_equal(parse_digit("7"), 7)


def test_raises_any() raises:
    with assert_raises():
        _ = parse_digit("x")


def test_raises_contains() raises:
    with assert_raises(contains="not a digit"):
        _ = parse_digit("q")
    with assert_raises(contains="one character"):
        _ = parse_digit("42")


def main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
