def main():
    var seen = Set[Int]()
    seen.add(3)
    print(len(seen))
