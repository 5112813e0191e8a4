# Typed errors: a struct error type, `raises` with a type, rethrowing and conversion to messages.


@fieldwise_init
struct ParseError(Copyable, Writable):
    var line: Int
    var reason: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("line ", self.line, ": ", self.reason)


def parse_int(s: String, line: Int) raises ParseError -> Int:
    if s.byte_length() == 0:
        raise ParseError(line, "empty field")
    var v = 0
    for cp in s.codepoints():
        var d = Int(cp.to_u32()) - 48
        if d < 0 or d > 9:
            raise ParseError(line, "bad digit in '" + s + "'")
        v = v * 10 + d
    return v


def sum_lines(lines: List[String]) raises ParseError -> Int:
    var total = 0
    for i in range(len(lines)):
        total += parse_int(lines[i], i + 1)
    return total


def safe_sum(lines: List[String]) -> Int:
    try:
        return sum_lines(lines)
    except e:
        print("error at", e.line, "->", e.reason)
        return -1


def main() raises:
    print(safe_sum(["12", "30", "7"]))
    print(safe_sum(["12", "3x", "7"]))
    print(safe_sum(["1", ""]))
    try:
        _ = parse_int("9a", 42)
    except err:
        print("message:", err)
