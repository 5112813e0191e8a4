# Context managers: a resource struct with __enter__ returning self, a
# lock-like counter, nested with, an error passing through __exit__, and
# an exit that suppresses the error.


struct Resource:
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("open", name)

    def __enter__(self) -> String:
        print("enter", self.name)
        return self.name + "-handle"

    def __exit__(self):
        print("exit", self.name)

    def __exit__(self, err: Error) raises -> Bool:
        print("exit with error in", self.name, ":", err)
        return False

    def __deinit__(deinit self):
        print("close", self.name)


struct Suppress:
    def __init__(out self):
        pass

    def __enter__(self):
        pass

    def __exit__(self):
        print("suppress: clean exit")

    def __exit__(self, err: Error) -> Bool:
        print("suppressed:", err)
        return True


def work(fail: Bool) raises:
    with Resource("db") as h:
        print("using", h)
        if fail:
            raise Error("query failed")
        print("query ok")


def main() raises:
    work(False)
    try:
        work(True)
    except e:
        print("main caught:", e)
    with Suppress():
        print("about to fail")
        raise Error("boom")
    print("after suppress")
    with Resource("a") as x, Resource("b") as y:
        print("both:", x, y)
