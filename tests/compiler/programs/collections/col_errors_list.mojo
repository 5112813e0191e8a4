def main() raises:
    var xs: List[Int] = [1, 2, 3]
    print(xs[2])
    print(xs[5])
    print("unreachable")
