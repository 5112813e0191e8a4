struct Celsius(Stringable):
    var degrees: Float64

    def __init__(out self, degrees: Float64):
        self.degrees = degrees

    def __str__(self) -> String:
        return String(self.degrees) + "C"


def main():
    print(String(Celsius(21.5)))
