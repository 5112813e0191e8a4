from std.math import sqrtt


def main():
    print(sqrtt(4.0))
