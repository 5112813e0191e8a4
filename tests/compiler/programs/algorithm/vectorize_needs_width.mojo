# vectorize calls body[width](i): a function without a width parameter does not fit.
from std.algorithm import vectorize


def main():
    def body(i: Int):
        print(i)

    vectorize[4](10, body)
