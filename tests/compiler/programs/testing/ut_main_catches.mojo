from std.testing import assert_equal, assert_true, TestSuite


def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def test_fib_base() raises:
    assert_equal(fib(0), 0)
    assert_equal(fib(1), 1)


def test_fib_ten() raises:
    assert_equal(fib(10), 56)


def main():
    try:
        TestSuite.discover_tests[__functions_in_module()]().run()
    except e:
        var text = String(e)
        print("suite failed:", text.find("1 failed") >= 0)
    print("main continues")
