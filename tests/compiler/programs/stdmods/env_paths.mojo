from std.os import getenv
from std.os.path import exists, isdir, isfile, basename, dirname, join


def main():
    print(getenv("HOME").byte_length() > 0)
    print(isdir("/tmp"), isfile("/tmp"), exists("/etc/hostname") == isfile("/etc/hostname"))
    print(basename("/a/b/c.txt"), dirname("/a/b/c.txt"), join("a", "b", "c"))
