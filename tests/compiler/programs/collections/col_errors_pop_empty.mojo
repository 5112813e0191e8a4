def main() raises:
    var xs = List[Int]()
    xs.append(1)
    print(xs.pop())
    print(xs.pop())
