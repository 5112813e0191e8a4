def main():
    var seen = Set[String]()
    seen.add("a")
    print(len(seen))
