# A struct that is Copyable but not ImplicitlyCopyable must be copied with
# .copy() (or moved with ^): `var b = a` is an error.


@fieldwise_init
struct Vec(Copyable, Writable):
    var x: Float64
    var y: Float64

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.x, ",", self.y)


def main():
    var a = Vec(1.0, 2.0)
    var b = a
    print(a, b)
