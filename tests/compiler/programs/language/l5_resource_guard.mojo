# A resource guard used with `with`: __enter__/__exit__, exits on normal flow, early return and errors.


struct Guard:
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("acquire", name)

    def __enter__(self) -> String:
        print("enter", self.name)
        return self.name + "-handle"

    def __exit__(self):
        print("exit", self.name)

    def __exit__(self, err: Error) raises -> Bool:
        print("exit", self.name, "with error:", err)
        return True


def use_early(flag: Bool) -> Int:
    with Guard("early") as h:
        print("using", h)
        if flag:
            return 1
        print("not early")
    return 2


def use_error() raises:
    with Guard("err") as h:
        print("about to fail with", h)
        raise Error("boom")
    print("after with (error suppressed)")


def main() raises:
    with Guard("plain") as h:
        print("body", h)
    print(use_early(True))
    print(use_early(False))
    use_error()
    with Guard("a"), Guard("b"):
        print("two guards")
