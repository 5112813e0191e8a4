from std.testing import assert_equal, assert_true, assert_false, TestSuite


def word_counts(text: String) -> Dict[String, Int]:
    var counts = Dict[String, Int]()
    for word in text.split(" "):
        counts[String(word)] = counts.get(String(word), 0) + 1
    return counts^


def test_word_counts() raises:
    var counts = word_counts("the cat and the hat")
    assert_equal(len(counts), 4)
    assert_equal(counts["the"], 2)
    assert_equal(counts["hat"], 1)
    assert_true("cat" in counts)
    assert_false("dog" in counts)


def test_string_lists() raises:
    var parts: List[String] = ["a", "b", "c"]
    assert_equal(parts, ["a", "b", "c"])
    assert_equal(String(",").join(parts), "a,b,c")


def test_sorted() raises:
    var xs: List[Int] = [5, 3, 9, 1]
    sort(xs)
    assert_equal(xs, [1, 3, 5, 9])
    assert_equal(xs[0], 1)


def test_list_mismatch() raises:
    var xs: List[Int] = [1, 2, 3]
    xs.reverse()
    assert_equal(xs, [1, 2, 3])


def main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
