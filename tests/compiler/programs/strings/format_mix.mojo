def main() raises:
    var xs: List[Int] = [1, 2, 3]
    print("{} and {}".format(xs, 2.5))
    print(", ".join(xs))
    var name = "mojo"
    var n = 3
    print(t"{name} has {n} letters? {n * 2}")
    print(String("a,b,c").split(",", maxsplit=1))
    print(String("  x  ").strip(" "), "|")
    print(String("hello world").split())
    print("abc".upper(), "ABC".lower(), "x".ascii_rjust(3, "0"))
    print(String("a-b-c").replace("-", ""))
    var parts = String("k=v").split("=")
    print(parts[0], parts[1], len(parts))
    print(String("Hello")[byte=1:3], String("héllo")[codepoint=1:3])
    print(String("abc") * 2, "-" * 5)
    print(String(42).ascii_rjust(5), String(3.5).ascii_ljust(6, "*"))
    print("{0} {1} {0}".format("a", "b"), "{{}} {}".format(1))
