from std.testing import assert_equal, assert_not_equal, TestSuite


@fieldwise_init
struct Point(Equatable, Writable, ImplicitlyCopyable):
    var x: Int
    var y: Int

    def __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Point(", self.x, ", ", self.y, ")")


def midpoint(a: Point, b: Point) -> Point:
    return Point((a.x + b.x) // 2, (a.y + b.y) // 2)


def test_midpoint() raises:
    assert_equal(midpoint(Point(0, 0), Point(4, 6)), Point(2, 3))


def test_not_equal() raises:
    assert_not_equal(Point(1, 2), Point(2, 1))


def test_failure_shows_values() raises:
    assert_equal(midpoint(Point(0, 0), Point(3, 3)), Point(2, 2))


def main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
