# Struct field defaults via __init__ defaults, keyword construction,
# methods with default and keyword-only arguments, and @staticmethod.


struct Config(Copyable, Writable):
    var name: String
    var retries: Int
    var verbose: Bool

    def __init__(out self, name: String = "default", *, retries: Int = 3, verbose: Bool = False):
        self.name = name
        self.retries = retries
        self.verbose = verbose

    @staticmethod
    def quiet(name: String) -> Self:
        return Self(name, retries=0)

    def with_retries(self, n: Int) -> Self:
        var c = self.copy()
        c.retries = n
        return c^

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Config(", self.name, ", retries=", self.retries, ", verbose=", self.verbose, ")")


def main():
    print(Config())
    print(Config("svc"))
    print(Config("svc", verbose=True))
    print(Config(retries=9, name="kw"))
    print(Config.quiet("q"))
    print(Config("x").with_retries(5))
    var c = Config()
    c.verbose = not c.verbose
    c.retries += 1
    print(c)
