def main() raises:
    var items: List[String] = ["a", "b", "c"]
    print(", ".join(items))
    print(String("-").join(items))
    var nums: List[Int] = [1, 2, 3]
    print(", ".join(nums))
    print(String("{} + {} = {}").format(1, 2, 3))
    print(String("{0} {1} {0}").format("x", "y"))
    print(String("hi").ascii_ljust(5, "."), String("hi").ascii_rjust(5), String("hi").ascii_center(6, "*"))
    var w = String()
    w.write("n=", 5, ", f=", 1.5)
    print(w)
    var parts = List[String]()
    for i in range(3):
        parts.append(String(i * i))
    print(" ".join(parts))
