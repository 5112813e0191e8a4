def main():
    var xs = List[Int]()
    xs.append("three")
    print(len(xs))
