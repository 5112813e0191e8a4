def main():
    var xs: List[Int] = [1, 2, 3]
    ref total = len(xs)
    print(total)
