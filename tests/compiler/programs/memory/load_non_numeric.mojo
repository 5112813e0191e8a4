# A SIMD load needs a pointer to numbers: a pointer to Strings has no such method.


def main():
    var p = alloc[String](4)
    var v = p.unsafe_load[width=4](0)
    p.unsafe_free()
