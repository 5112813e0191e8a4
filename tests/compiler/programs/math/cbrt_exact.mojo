from std.math import cbrt


def main():
    print(cbrt(27.0), cbrt(8.0))
    var x = 64.0
    print(cbrt(x))
