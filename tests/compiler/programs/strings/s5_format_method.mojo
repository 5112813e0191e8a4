def main() raises:
    print("{} + {} = {}".format(2, 3, 5))
    print("{0}{1}{0}".format("ab", "-"))
    print("Name: {}, Age: {}, Score: {}".format("Ann", 31, 97.5))
    print("{{literal}} and {}".format("value"))
    print("{1} before {0}".format("first", "second"))
    var tmpl = String("[{}]")
    for w in ["x", "yy", "zzz"]:
        print(tmpl.format(w), end=" ")
    print()
    print("{}".format(Float32(2.2)), "{}".format(True), "{}".format(-0.0))
    try:
        print(String("{} {}").format(1))
    except e:
        print("error:", e)
    try:
        print(String("{0} {}").format(1, 2))
    except e:
        print("error:", e)
    try:
        print(String("{").format(1))
    except e:
        print("error:", e)
