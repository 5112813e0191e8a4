def show(label: String, s: String):
    print(label + ": [" + s + "]")


def main():
    var s = "   padded text \t\n"
    show("strip", String(s.strip()))
    show("lstrip", String(s.lstrip()))
    show("rstrip", String(s.rstrip()))
    var t = "xxyyhelloyyxx"
    show("strip xy", String(t.strip("xy")))
    show("lstrip x", String(t.lstrip("x")))
    show("rstrip yx", String(t.rstrip("yx")))
    show("empty strip", String(String("").strip()))
    show("all ws", String(String("   ").strip()))
    var path = "/usr/local/bin/"
    show("removeprefix", String(path.removeprefix("/usr")))
    show("removesuffix", String(path.removesuffix("/")))
    show("no prefix", String(path.removeprefix("xyz")))
    var fname = "report.final.txt"
    print(fname.endswith(".txt"), fname.startswith("report"), fname.endswith(".csv"))
    print(fname.startswith("final", 7), fname.endswith("final", 0, 12))
    var dot = fname.rfind(".")
    print("stem:", fname[byte=:dot], "ext:", fname[byte=dot + 1 :])
    var lines = ["  one", "two  ", " three "]
    for l in lines:
        show("line", String(l.strip()))
