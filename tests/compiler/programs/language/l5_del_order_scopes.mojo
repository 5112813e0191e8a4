# Destruction order: values die after last use (ASAP), temporaries, fields and overwritten values.


struct Noisy:
    var tag: String

    def __init__(out self, tag: String):
        self.tag = tag
        print("  + " + tag)

    def __del__(deinit self):
        print("  - " + self.tag)


struct Holder:
    var a: Noisy
    var b: Noisy

    def __init__(out self):
        self.a = Noisy("field-a")
        self.b = Noisy("field-b")


def work():
    print("work start")
    var x = Noisy("x")
    var y = Noisy("y")
    print("using", y.tag)
    print("using", x.tag)
    print("work end")


def main():
    work()
    print("holder")
    var h = Holder()
    print("holder has", h.a.tag, h.b.tag)
    print("overwrite")
    var n = Noisy("first")
    n = Noisy("second")
    print("now", n.tag)
    print("temporary:", Noisy("temp").tag)
    print("done")
