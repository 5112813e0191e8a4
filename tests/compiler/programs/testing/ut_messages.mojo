from std.testing import assert_equal, assert_not_equal, assert_true, assert_false


def show(label: String, e: Error):
    # Drop the location prefix, which names this file.
    var text = String(e)
    var at = text.find("AssertionError")
    print(label, "->", text[byte=at:])


def main():
    try:
        assert_equal(10, 11)
    except e:
        show("ints", e)
    try:
        assert_equal(String("abc"), String("abd"), "strings differ")
    except e:
        show("strings", e)
    try:
        assert_not_equal(2.5, 2.5)
    except e:
        show("floats", e)
    try:
        assert_true(False)
    except e:
        show("true", e)
    try:
        assert_false(True, "custom message")
    except e:
        show("false", e)
    try:
        assert_equal(Int32(1), Int32(2), "typed")
    except e:
        show("int32", e)
    try:
        assert_equal(True, False)
    except e:
        show("bools", e)
