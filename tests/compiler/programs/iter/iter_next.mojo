def main() raises:
    var xs: List[Int] = [10, 20, 30]
    var it = iter(xs)
    print(next(it))
    print(next(it))
    for x in it:
        print("rest", x)
    var words: List[String] = ["a", "b"]
    var w = iter(words)
    print(next(w), next(w))
    try:
        print(next(w))
    except e:
        print("error:", e)
