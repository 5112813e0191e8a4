def wrap(text: String, width: Int) -> List[String]:
    var lines = List[String]()
    var line = String()
    for w in text.split():
        var word = String(w)
        if line.byte_length() == 0:
            line = word
        elif line.byte_length() + 1 + word.byte_length() <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line.byte_length() > 0:
        lines.append(line)
    return lines^


def main():
    var text = "Mojo combines the usability of Python with the performance of C, unlocking unparalleled programmability of AI hardware and extensibility of AI models."
    for width in [20, 32]:
        print("+" + "-" * (width + 2) + "+")
        for l in wrap(text, width):
            print("| " + l.ascii_ljust(width) + " |")
        print("+" + "-" * (width + 2) + "+")
    for l in wrap(text, 40):
        print("[" + l.ascii_center(44) + "]")
    for l in wrap("short words only", 5):
        print(l.ascii_rjust(8, "*"))
    print(String("ab").ascii_center(7, "-"), String("abc").ascii_center(6, "="), String("toolong").ascii_center(3))
