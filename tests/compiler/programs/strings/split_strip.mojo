def main():
    var s = String("  hello world, mojo  ")
    print("[" + s.strip() + "]")
    print("[" + s.lstrip() + "]")
    print("[" + s.rstrip() + "]")
    var csv = String("a,b,,c")
    var parts = csv.split(",")
    print(len(parts))
    for p in parts:
        print("<" + String(p) + ">")
    var words = String("the quick  brown\tfox\njumps").split()
    print(len(words))
    for w in words:
        print(w)
    print(String("xxhixx").strip("x"))
    print(String("--a--").lstrip("-"), String("--a--").rstrip("-"))
    var lines = String("one\ntwo\r\nthree\n").splitlines()
    print(len(lines))
    for l in lines:
        print("line:", l)
    print(String("a b c").split(" ", 1)[1])
