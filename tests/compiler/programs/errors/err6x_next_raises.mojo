def main():
    var words: List[String] = ["a", "b"]
    var it = iter(words)
    print(next(it))
