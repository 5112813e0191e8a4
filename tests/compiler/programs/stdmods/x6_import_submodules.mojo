from std import sys, math
from std.os import path

def main():
    print(len(sys.argv()) >= 1, math.sqrt(16.0), path.exists("/"), path.basename("/a/b.txt"))
