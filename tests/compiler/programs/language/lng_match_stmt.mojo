# match statements on Ints and Strings with alternatives and a wildcard.


def classify(n: Int) -> String:
    match n:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case _:
            return "other"


def color(name: String) -> Int:
    match name:
        case "red":
            return 0xFF0000
        case "green":
            return 0x00FF00
        case _:
            return -1


def main():
    for i in range(5):
        print(i, classify(i))
    print(color("red"), color("green"), color("blue"))
