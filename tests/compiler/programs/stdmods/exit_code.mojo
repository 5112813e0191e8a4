from std.sys import exit


def main():
    print("bye")
    exit(3)
