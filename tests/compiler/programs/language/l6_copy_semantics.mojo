# Value semantics: copies are independent, .copy() for explicit copies, ImplicitlyCopyable
# structs, List of structs copied, and moves with ^.


@fieldwise_init
struct Settings(Copyable, Movable, Writable):
    var name: String
    var values: List[Int]

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, self.values)


@fieldwise_init
struct Pixel(ImplicitlyCopyable, Movable, Writable):
    var r: UInt8
    var g: UInt8
    var b: UInt8

    def write_to(self, mut writer: Some[Writer]):
        writer.write("#", self.r, "/", self.g, "/", self.b)


def modify(var s: Settings) -> Settings:
    s.values.append(99)
    s.name += "*"
    return s^


def main():
    var a = Settings("base", [1, 2])
    var b = a.copy()
    b.values.append(3)
    b.name = "copy"
    print(a, b)
    var c = modify(a.copy())
    print(a, c)
    var d = modify(a^)
    print(d)
    var p = Pixel(255, 0, 10)
    var q = p
    q.g = 128
    print(p, q)
    var pixels: List[Pixel] = [p, q]
    var pix2 = pixels.copy()
    pix2[0].b = 1
    print(pixels[0], pix2[0])
    var nested = List[List[Int]]()
    nested.append([1, 2])
    nested.append([3])
    var n2 = nested.copy()
    n2[0].append(100)
    print(nested[0], n2[0], len(nested[1]))
    var words: List[String] = ["x", "y"]
    var moved = words^
    print(moved)
