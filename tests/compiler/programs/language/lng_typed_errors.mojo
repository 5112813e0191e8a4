# Typed raises with a custom error struct, matching on its fields, and
# conversion to a plain Error at a raises boundary.


@fieldwise_init
struct ParseError(Copyable, Writable):
    var pos: Int
    var msg: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("ParseError at ", self.pos, ": ", self.msg)


def parse_digit(s: String, pos: Int) raises ParseError -> Int:
    var c = s[byte=pos]
    if c < "0" or c > "9":
        raise ParseError(pos, "not a digit: '" + c + "'")
    return ord(c) - ord("0")


def parse_number(s: String) raises ParseError -> Int:
    var n = 0
    for i in range(s.byte_length()):
        n = n * 10 + parse_digit(s, i)
    return n


def loose(s: String) raises -> Int:
    return parse_number(s)


def main():
    for s in ["123", "4x6", "007"]:
        try:
            print(s, "->", parse_number(s))
        except e:
            print("failed at", e.pos, "with", e.msg)
            print(e)
    try:
        _ = loose("9z")
    except e:
        print("plain error:", e)
