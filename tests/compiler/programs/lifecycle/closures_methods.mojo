def make_greeter(greeting: String) -> String:
    var prefix = greeting + ", "

    def greet(name: String) capturing -> String:
        return prefix + name

    return greet("world")


struct Counter:
    var label: String
    var hits: Int

    def __init__(out self, label: String):
        self.label = label
        self.hits = 0

    def bump(mut self) -> Int:
        self.hits += 1
        return self.hits

    def rename(mut self, label: String):
        self.label = label + "#" + String(self.hits)


def find(xs: List[String], target: String) -> Int:
    for i in range(len(xs)):
        for j in range(i, len(xs)):
            if xs[j] == target:
                return j
    return -1


def fib_str(n: Int) -> String:
    if n < 2:
        return String(n)
    return fib_str(n - 1) + "," + String(n)


def main():
    print(make_greeter("hello"))
    var c = Counter("c")
    for _ in range(3):
        _ = c.bump()
    c.rename("renamed")
    print(c.label, c.hits)
    var xs: List[String] = ["a", "b", "c"]
    print(find(xs, "c"), find(xs, "z"))
    print(fib_str(6))
    var s = String("x")
    for i in range(4):
        s = s + s
    print(s.byte_length())
    var opt: Optional[String] = None
    for i in range(3):
        if i == 2:
            opt = String("found ") + String(i)
    print(opt.or_else("nothing"))
    var keys = List[String]()
    var d = Dict[String, List[Int]]()
    d["a"] = [1, 2]
    d["b"] = [3]
    for item in d.items():
        keys.append(item.key + ":" + String(len(item.value)))
    print(keys)
    var t = (String("k"), 5)
    var (name, n) = t
    print(name, n)
