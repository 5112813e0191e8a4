def main() raises:
    print("{} and {}".format("cats", "dogs"))
    print("{1} before {0}".format("second", "first"))
    print("{0}-{0}-{0}".format("x"))
    print("{{literal}} and {}".format(7))
    print("pi is about {}".format(3.14159))
    print("{}/{}/{}".format(2024, 1, 5))
    print("flag={}, none={}".format(True, False))
    var name = "Mojo"
    var version = 1.2
    print("Hello, {}! Version {}".format(name, version))
    var template = "{0} + {0} = {1}"
    for i in range(3):
        print(template.format(i, i + i))
    var f1 = String("{} {}")
    try:
        print(f1.format("only one"))
    except e:
        print("error:", e)
    try:
        print(String("{0} {}").format("a", "b"))
    except e:
        print("error:", e)
    try:
        print(String("{").format(1))
    except e:
        print("error:", e)
    try:
        print(String("}").format(1))
    except e:
        print("error:", e)
    try:
        print(String("{5}").format(1))
    except e:
        print("error:", e)
