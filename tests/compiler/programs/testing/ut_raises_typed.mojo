from std.testing import assert_raises, assert_equal


@fieldwise_init
struct ParseError(Writable, Copyable):
    var line: Int
    var reason: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("line ", self.line, ": ", self.reason)


def parse_header(text: String) raises ParseError -> String:
    if not text.startswith("#"):
        raise ParseError(1, "missing '#'")
    return String(text[byte=1:])


def main() raises:
    assert_equal(parse_header("#title"), "title")
    with assert_raises():
        _ = parse_header("title")
    with assert_raises(contains="missing"):
        _ = parse_header("plain")
    print("typed errors checked")
