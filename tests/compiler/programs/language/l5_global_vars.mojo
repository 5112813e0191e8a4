# Mojo 1.2 has no global variables: a module-level `var` is an error (comptime constants are fine).

comptime MAX_ITEMS = 4

var counter: Int = 0


def bump() -> Int:
    counter += 1
    return counter


def main():
    print(bump(), MAX_ITEMS)
