from std.utils import Variant


def main():
    var v = Variant[Int, String](1)
    if v.isa[Int]():
        print("int", v[Int])
    print(v.isa[Float64]())
