# unsafe_write takes a value of the pointer's element type.


def main():
    var p = alloc[Int](4)
    p.unsafe_write("x")
    p.unsafe_free()
