from std.complex import ComplexFloat64
from std.base64 import b64encode, b64decode, b16encode, b16decode


def main() raises:
    var z = ComplexFloat64(3.0, 4.0)
    var w = ComplexFloat64(1.0, -2.0)
    print(z.re, z.im)
    var s = z + w
    var p = z * w
    print(s.re, s.im, p.re, p.im)
    print(z.norm(), z.squared_norm())
    var d = z - w
    print(d.re, d.im)
    var c = ComplexFloat64(0.0, 1.0)
    var sq = c * c
    print("i*i =", sq.re, sq.im)
    print(z)
    var text = String("Mojo playground!")
    var enc = b64encode(text)
    print(enc)
    print(b64decode(enc))
    print(b64encode(String("a")), b64encode(String("ab")), b64encode(String("abc")))
    print(b16encode(String("hi!")))
    print(b16decode(b16encode(String("round trip"))))
