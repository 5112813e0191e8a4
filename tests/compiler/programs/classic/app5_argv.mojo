# Command-line handling with sys.argv: run without arguments it falls back to
# a built-in argument list so the output is deterministic.
from std.sys import argv


@fieldwise_init
struct Options(Copyable, Writable):
    var verbose: Bool
    var count: Int
    var name: String
    var rest: List[String]

    def write_to(self, mut writer: Some[Writer]):
        writer.write("verbose=", self.verbose, " count=", self.count, " name=", self.name, " rest=", self.rest)


def parse(args: List[String]) raises -> Options:
    var opts = Options(False, 1, "world", List[String]())
    var i = 0
    while i < len(args):
        var a = args[i]
        if a == "-v" or a == "--verbose":
            opts.verbose = True
        elif a == "-n":
            if i + 1 >= len(args):
                raise Error("-n needs a value")
            i += 1
            opts.count = atol(args[i])
        elif a.startswith("--name="):
            opts.name = String(a[byte=7:])
        elif a.startswith("-"):
            raise Error("unknown option " + a)
        else:
            opts.rest.append(a)
        i += 1
    return opts^


def main():
    var real = argv()
    print("program args:", len(real) - 1)
    var samples: List[List[String]] = [
        [],
        ["-v", "-n", "3", "--name=mojo", "a.txt", "b.txt"],
        ["-n"],
        ["-n", "x"],
        ["--bogus"],
    ]
    for args in samples:
        try:
            var o = parse(args)
            print(o)
            for _ in range(o.count):
                if o.verbose:
                    print("  hello,", o.name, "files:", len(o.rest))
        except e:
            print("error:", e)
