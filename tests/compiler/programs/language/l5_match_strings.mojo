# match statements on strings and ints in a tiny command interpreter.


def run(cmds: List[String]) -> Int:
    var acc = 0
    for cmd in cmds:
        match cmd:
            case "inc":
                acc += 1
            case "dec":
                acc -= 1
            case "double" | "dbl":
                acc *= 2
            case "reset":
                acc = 0
            case _:
                print("unknown command:", cmd)
    return acc


def grade(score: Int) -> String:
    match score // 10:
        case 10 | 9:
            return "A"
        case 8:
            return "B"
        case 7:
            return "C"
        case _:
            return "F"


def main():
    print(run(["inc", "inc", "double", "dec", "jump", "dbl"]))
    print(run(["inc", "reset", "dec"]))
    for s in [100, 93, 85, 71, 40]:
        print(s, grade(s))
