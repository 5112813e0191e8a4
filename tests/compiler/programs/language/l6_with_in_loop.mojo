# with statements inside loops: continue, break and errors leave the block through __exit__.


struct Span:
    var label: String

    def __init__(out self, label: String):
        self.label = label

    def __enter__(self) -> String:
        print("  open", self.label)
        return self.label

    def __exit__(self):
        print("  close", self.label)

    def __exit__(self, e: Error) -> Bool:
        print("  close", self.label, "after error:", e)
        return True


def main() raises:
    for i in range(5):
        with Span("iter" + String(i)) as name:
            if i == 1:
                print("  continue in", name)
                continue
            if i == 3:
                raise Error("bad " + name)
            if i == 4:
                print("  break in", name)
                break
            print("  body", name)
    print("done")
    var n = 0
    while n < 3:
        n += 1
        with Span("w" + String(n)):
            if n == 2:
                continue
            print("  while body", n)
    print("n", n)
