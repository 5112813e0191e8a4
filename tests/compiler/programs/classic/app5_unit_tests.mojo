# Unit-test style program using std.testing assertions around a small
# Stack type and a parsing function.
from std.testing import assert_equal, assert_true, assert_false, assert_raises, assert_almost_equal, assert_not_equal


struct IntStack(Sized):
    var items: List[Int]

    def __init__(out self):
        self.items = List[Int]()

    def push(mut self, v: Int):
        self.items.append(v)

    def pop(mut self) raises -> Int:
        if len(self.items) == 0:
            raise Error("pop from empty stack")
        return self.items.pop()

    def peek(self) raises -> Int:
        if len(self.items) == 0:
            raise Error("peek at empty stack")
        return self.items[len(self.items) - 1]

    def __len__(self) -> Int:
        return len(self.items)


def parse_pair(s: String) raises -> Tuple[Int, Int]:
    var parts = s.split(",")
    if len(parts) != 2:
        raise Error("expected two fields in '" + s + "'")
    return (atol(parts[0].strip()), atol(parts[1].strip()))


def test_push_pop() raises:
    var s = IntStack()
    s.push(1)
    s.push(2)
    assert_equal(len(s), 2)
    assert_equal(s.pop(), 2)
    assert_equal(s.peek(), 1)
    assert_not_equal(s.peek(), 2)


def test_empty() raises:
    var s = IntStack()
    with assert_raises(contains="empty"):
        _ = s.pop()
    with assert_raises():
        _ = s.peek()
    assert_false(len(s) > 0)


def test_parse() raises:
    var p = parse_pair(" 3, 4 ")
    assert_equal(p[0], 3)
    assert_equal(p[1], 4)
    with assert_raises(contains="two fields"):
        _ = parse_pair("1,2,3")


def test_float() raises:
    assert_almost_equal(0.1 + 0.2, 0.3)
    assert_true(abs(0.1 + 0.2 - 0.3) < 1e-12, "close enough")


def test_failing() raises:
    assert_equal(String("abc"), String("abd"), "strings differ")


def run[f: def() raises thin -> None](name: String, mut passed: Int, mut failed: Int):
    try:
        f()
        print("PASS", name)
        passed += 1
    except e:
        print("FAIL", name)
        failed += 1


def main():
    var passed = 0
    var failed = 0
    run[test_push_pop]("push_pop", passed, failed)
    run[test_empty]("empty", passed, failed)
    run[test_parse]("parse", passed, failed)
    run[test_float]("float", passed, failed)
    run[test_failing]("failing", passed, failed)
    print(passed, "passed,", failed, "failed")
    try:
        test_failing()
    except e:
        var msg = String(e)
        print("message mentions values:", "abc" in msg and "abd" in msg)
        print("message mentions note:", "strings differ" in msg)
