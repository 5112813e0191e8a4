# Context managers that own resources: __enter__ returning a reference-free value,
# __exit__ suppression decisions, and cleanup order with errors and returns.


struct Transaction:
    var log: List[String]
    var committed: Bool
    var name: String

    def __init__(out self, name: String):
        self.log = List[String]()
        self.committed = False
        self.name = name

    def __enter__(self) -> Int:
        print("begin", self.name)
        return self.name.byte_length()

    def __exit__(mut self):
        self.committed = True
        print("commit", self.name)

    def __exit__(mut self, e: Error) raises -> Bool:
        print("rollback", self.name, "because", e)
        if String(e).startswith("fatal"):
            raise Error("rollback failed: " + String(e))
        return True


def run(name: String, action: String) raises:
    with Transaction(name) as n:
        print("  work with size", n)
        if action == "fail":
            raise Error("soft failure in " + name)
        if action == "fatal":
            raise Error("fatal failure in " + name)
        print("  work done")
    print("after with", name)


def main():
    for action in ["ok", "fail", "fatal", "ok"]:
        try:
            run("tx-" + action, action)
        except e:
            print("main caught:", e)
