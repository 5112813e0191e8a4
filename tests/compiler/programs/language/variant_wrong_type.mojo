from std.utils import Variant


def main():
    var ok = Variant[Int, String](42)
    print(ok.isa[Int]())
    var bad = Variant[Int, String](2.5)
    print(bad.isa[Int]())
