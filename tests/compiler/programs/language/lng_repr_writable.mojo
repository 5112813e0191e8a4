# Writable with write_to and write_repr_to: print, String(), repr(),
# and containers of user structs.


@fieldwise_init
struct Color(Copyable, Writable):
    var r: UInt8
    var g: UInt8
    var b: UInt8

    def write_to(self, mut writer: Some[Writer]):
        writer.write("rgb(", self.r, ", ", self.g, ", ", self.b, ")")

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write("Color(r=", self.r, ", g=", self.g, ", b=", self.b, ")")


@fieldwise_init
struct Tag(Copyable, Writable):
    var name: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("#", self.name)


def main() raises:
    var c = Color(255, 128, 0)
    print(c)
    print(repr(c))
    var s = String(c)
    print(s, s.byte_length())
    var t = Tag("mojo")
    print(t, String(t) + "!")
    print(repr("quoted\n"), repr(42), repr(1.5), repr(True))
    var msg = String("color=", c, " tag=", t)
    print(msg)
    var buf = String()
    buf.write(c, "|", t)
    print(buf)
    print(String("{} and {}").format(String(c), String(t)))
