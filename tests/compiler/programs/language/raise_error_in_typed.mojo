@fieldwise_init
struct ParseError(Copyable, Writable):
    var pos: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("ParseError at ", self.pos)


def parse(s: String) raises ParseError -> Int:
    if s == "":
        raise Error("empty")
    return 1


def main():
    try:
        print(parse(""))
    except e:
        print(e)
