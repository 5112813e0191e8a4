def main() raises:
    var o = Optional[Int]()
    print(o.or_else(3))
    print(o.value())
