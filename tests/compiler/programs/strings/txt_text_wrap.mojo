def wrap(text: String, width: Int) -> List[String]:
    var lines = List[String]()
    var current = String()
    for word in text.split():
        var w = String(word)
        if current.byte_length() == 0:
            current = w
        elif current.byte_length() + 1 + w.byte_length() <= width:
            current += " " + w
        else:
            lines.append(current)
            current = w
    if current.byte_length() > 0:
        lines.append(current)
    return lines^


def justify(line: String, width: Int) -> String:
    var words = line.split(" ")
    if len(words) == 1:
        return line.ascii_ljust(width)
    var letters = 0
    for w in words:
        letters += w.byte_length()
    var gaps = len(words) - 1
    var spaces = width - letters
    var out = String()
    for i in range(len(words)):
        out += words[i]
        if i < gaps:
            var n = spaces // gaps + (1 if i < spaces % gaps else 0)
            out += " " * n
    return out


def main():
    var text = "Mojo is a programming language that combines the usability of Python with the performance of systems languages like C++ and Rust."
    var lines = wrap(text, 30)
    print("+" + "-" * 30 + "+")
    for l in lines:
        print("|" + l.ascii_ljust(30) + "|")
    print("+" + "-" * 30 + "+")
    for l in lines:
        print("|" + l.ascii_rjust(30) + "|")
    print("+" + "=" * 30 + "+")
    for l in lines:
        print("|" + l.ascii_center(30) + "|")
    print("+" + "~" * 30 + "+")
    for i in range(len(lines)):
        if i == len(lines) - 1:
            print("|" + lines[i].ascii_ljust(30) + "|")
        else:
            print("|" + justify(lines[i], 30) + "|")
    print("abc".ascii_center(8, "*"), "abc".ascii_center(2), "ab".ascii_center(7, "-"))
