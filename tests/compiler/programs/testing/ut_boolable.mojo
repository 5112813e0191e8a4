from std.testing import assert_true, assert_false


def find_index(xs: List[String], target: String) -> Optional[Int]:
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return None


def main() raises:
    var names: List[String] = ["ada", "grace", "linus"]
    assert_true(find_index(names, "grace"))
    assert_false(find_index(names, "ken"))
    assert_true(names)
    assert_false(List[Int]())
    assert_true(String("x"))
    assert_false(String(""))
    assert_true(3)
    assert_false(0.0)
    try:
        assert_true(find_index(names, "bjarne"), "bjarne is missing")
    except e:
        var text = String(e)
        print(text[byte=text.find("Assertion"):])
    print("ok")
