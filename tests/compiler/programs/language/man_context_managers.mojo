struct Timer:
    var label: String

    def __init__(out self, label: String):
        self.label = label

    def __enter__(self) -> String:
        print("enter", self.label)
        return "handle-" + self.label

    def __exit__(self):
        print("exit", self.label)

    def __exit__(self, e: Error) -> Bool:
        print("exit with error", self.label, ":", e)
        return String(e).startswith("ignore")


def work(msg: String) raises:
    with Timer("job") as h:
        print("inside", h)
        if msg:
            raise Error(msg)
        print("done inside")


def main():
    try:
        work("")
        work("ignore this")
        print("ignored")
        work("fatal")
    except e:
        print("caught", e)
    with Timer("a"), Timer("b") as hb:
        print("both", hb)
