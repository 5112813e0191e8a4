def main():
    var xs: List[Int] = [1, 2]
    var it = iter(xs)
    print(next(it))
