def describe(x: Int) -> String:
    return "Int " + String(x)


def describe(x: Float64) -> String:
    return "Float64 " + String(x)


def describe(x: String) -> String:
    return "String '" + x + "'"


def describe(x: Int, y: Int) -> String:
    return "pair " + String(x) + "," + String(y)


struct Printer:
    var prefix: String

    def __init__(out self, prefix: String):
        self.prefix = prefix

    def show(self, x: Int):
        print(self.prefix, "int", x)

    def show(self, x: Bool):
        print(self.prefix, "bool", x)

    def show(self, x: String, times: Int = 1):
        print(self.prefix, x * times)


def main():
    print(describe(1))
    print(describe(2.5))
    print(describe("hi"))
    print(describe(3, 4))
    var p = Printer(">")
    p.show(7)
    p.show(True)
    p.show("ab", 3)
    p.show(String("z"))
