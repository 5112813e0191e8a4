def main() raises:
    var d: Dict[String, Int] = {"a": 1}
    print(d["a"])
    print(d["b"])
    print("unreachable")
