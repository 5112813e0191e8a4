@fieldwise_init
struct ParseError(Copyable, Writable):
    var pos: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("ParseError at ", self.pos)


@fieldwise_init
struct RangeError(Copyable, Writable):
    var value: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("RangeError: ", self.value)


def parse(s: String) raises ParseError -> Int:
    raise ParseError(0)


def bounded(x: Int) raises RangeError -> Int:
    raise RangeError(x)


def main():
    try:
        var n = parse("12")
        print(bounded(n))
    except e:
        print(e)
