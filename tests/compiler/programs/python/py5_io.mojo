from std.python import Python


def main() raises:
    var io = Python.import_module("io")
    var buf = io.StringIO()
    _ = buf.write("line one\n")
    _ = buf.write("line two\n")
    print(buf.getvalue(), end="")
    var textwrap = Python.import_module("textwrap")
    print(textwrap.fill("Mojo combines the usability of Python with the performance of C.", 20))
    var itertools = Python.import_module("itertools")
    for pair in itertools.combinations(Python.list(1, 2, 3), 2):
        print(pair)
    var random = Python.import_module("random")
    random.seed(1)
    print(random.randint(1, 100))
