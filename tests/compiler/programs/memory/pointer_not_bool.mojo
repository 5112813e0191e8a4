# A pointer is not a condition in Mojo 1.2: it is never null.


def main():
    var p = alloc[Int](1)
    if p:
        print("set")
    p.unsafe_free()
