# Context managers: __enter__ returning values, __exit__ with and without error handling,
# raising __exit__, nested with statements and early return inside with.


struct Resource:
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("acquire", name)

    def __enter__(self) -> String:
        print("enter", self.name)
        return self.name + "-handle"

    def __exit__(self):
        print("exit", self.name)

    def __exit__(self, err: Error) -> Bool:
        print("exit", self.name, "with error:", err)
        return self.name.startswith("swallow")


struct Strict:
    var label: String

    def __init__(out self, label: String):
        self.label = label

    def __enter__(self):
        print("strict enter", self.label)

    def __exit__(self) raises:
        print("strict exit", self.label)
        raise Error("strict exit failed for " + self.label)


def use(name: String, fail: Bool) raises -> Int:
    with Resource(name) as h:
        print("using", h)
        if fail:
            raise Error("boom in " + name)
        return h.byte_length()
    return -1


def early(n: Int) raises -> String:
    with Resource("early") as h:
        for i in range(n):
            if i == 2:
                return "returned at " + String(i) + " via " + h
        print("loop finished")
    return "no early return"


def main():
    try:
        print("result", use("plain", False))
    except e:
        print("caught", e)
    try:
        print("result", use("swallow-me", True))
    except e:
        print("caught", e)
    try:
        print("result", use("keep", True))
    except e:
        print("caught", e)
    try:
        print(early(5))
        print(early(1))
    except e:
        print("caught", e)
    try:
        with Strict("s1"):
            print("inside strict")
        print("not reached")
    except e:
        print("caught", e)
    try:
        with Resource("outer") as a:
            with Resource("swallow-inner") as b:
                print("nested", a, b)
                raise Error("inner failure")
            print("after inner with")
    except e:
        print("outer caught", e)
