# Context managers: a struct with __enter__/__exit__ used in `with`, an
# __exit__ that inspects errors, and nesting.

struct Timer:
    var label: String
    var ticks: Int

    def __init__(out self, label: String):
        self.label = label
        self.ticks = 0

    def __enter__(mut self) -> Int:
        print("enter", self.label)
        return self.label.byte_length()

    def __exit__(mut self):
        print("exit", self.label)


struct Suppress:
    var needle: String

    def __init__(out self, needle: String):
        self.needle = needle

    def __enter__(self):
        print("  guarding against '" + self.needle + "'")

    def __exit__(self):
        print("  clean exit")

    def __exit__(self, err: Error) raises -> Bool:
        var msg = String(err)
        if self.needle in msg:
            print("  suppressed:", msg)
            return True
        print("  not suppressing:", msg)
        return False


def risky(n: Int) raises -> Int:
    if n == 1:
        raise Error("minor glitch")
    if n == 2:
        raise Error("major failure")
    return n * 10


def main():
    with Timer("outer") as n:
        print("label length", n)
        with Timer("inner"):
            print("working")
    for i in range(3):
        try:
            with Suppress("minor"):
                print("  result", risky(i))
            print("after with", i)
        except e:
            print("escaped:", e)
