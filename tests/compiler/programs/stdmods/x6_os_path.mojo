from std.os import getenv
from std.os.path import exists, isdir, isfile, basename, dirname, join, split, splitroot
from std.pathlib import Path
from std import sys


def main() raises:
    print(len(sys.argv()) >= 1)
    print(getenv("MOJITO_SURELY_UNSET_VAR_X6", "fallback"))
    print(getenv("MOJITO_SURELY_UNSET_VAR_X6") == "")
    print(exists("/"), isdir("/"), isfile("/"), exists("/surely/not/here/x6"))
    print(basename("/usr/lib/python3/x.py"), dirname("/usr/lib/python3/x.py"))
    print(join("a", "b", "c.txt"), join("/root", "/abs"))
    var parts = split("/tmp/data/file.csv")
    print(parts[0], parts[1])
    var p = Path("/tmp") / "reports" / "q3.final.csv"
    print(p)
    print(p.name(), p.suffix())
    print(Path("relative/dir").path)
    print(Path("/").exists(), Path("/surely/not/here/x6").exists())
    print(Path("a/b") == Path("a/b"), Path("a") != Path("b"))
