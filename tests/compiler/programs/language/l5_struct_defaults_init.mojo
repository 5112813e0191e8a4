# Struct constructors: overloaded __init__, default arguments, keyword args and computed fields.


struct Config(Writable):
    var name: String
    var retries: Int
    var verbose: Bool
    var label: String

    def __init__(out self, name: String, retries: Int = 3, verbose: Bool = False):
        self.name = name
        self.retries = retries
        self.verbose = verbose
        self.label = name.upper() + "#" + String(retries)

    def __init__(out self):
        self = Config("default", retries=0)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Config(", self.name, ", retries=", self.retries, ", verbose=", self.verbose,
                     ", label=", self.label, ")")


@fieldwise_init
struct Point3(Copyable, Writable, Equatable):
    var x: Int
    var y: Int
    var z: Int


def main():
    print(Config("server"))
    print(Config("client", 5))
    print(Config("debug", verbose=True))
    print(Config())
    var p = Point3(1, 2, 3)
    var q = Point3(x=1, z=3, y=2)
    print(p, q, p == q)
    q.z = 9
    print(q, p == q, p != q)
