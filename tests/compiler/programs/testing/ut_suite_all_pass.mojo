from std.testing import assert_equal, assert_not_equal, assert_true, assert_false, TestSuite


def test_integers() raises:
    assert_equal(3 * 4, 12)
    assert_not_equal(7, 8)
    assert_equal(Int8(-3), Int8(-3))
    assert_equal(UInt64(10) // 3, 3)


def test_strings() raises:
    var greeting = String("hello") + ", world"
    assert_equal(greeting, "hello, world")
    assert_equal(greeting.byte_length(), 12)
    assert_true(greeting.startswith("hello"))
    assert_false(greeting.endswith("hello"))
    assert_not_equal(greeting.upper(), greeting)


def test_lists() raises:
    var xs: List[Int] = [1, 2, 3]
    xs.append(4)
    assert_equal(len(xs), 4)
    assert_equal(xs[3], 4)
    assert_equal(xs, [1, 2, 3, 4])


def test_floats_and_bools() raises:
    assert_equal(0.5 + 0.25, 0.75)
    assert_true(1 < 2)
    assert_false(2 < 1)
    assert_equal(True, not False)


def main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
