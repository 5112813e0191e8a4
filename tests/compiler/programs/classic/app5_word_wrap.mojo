# Text layout: greedy word wrapping, full justification and centered titles.

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
    var words = line.split()
    if len(words) == 1:
        return line
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
    var text = (
        "Mojo combines the usability of Python with the performance of C, "
        + "unlocking unparalleled programmability of AI hardware and "
        + "extensibility of AI models."
    )
    comptime WIDTH = 28
    print("+" + "-" * WIDTH + "+")
    print("|" + String("Mojo").ascii_center(WIDTH) + "|")
    print("+" + "-" * WIDTH + "+")
    var lines = wrap(text, WIDTH)
    for i in range(len(lines)):
        var l = lines[i]
        var body = justify(l, WIDTH) if i < len(lines) - 1 else l.ascii_ljust(WIDTH)
        print("|" + body + "|")
    print("+" + "-" * WIDTH + "+")
    print(len(lines), "lines")
    for w in [10, 40]:
        var ls = wrap(text, w)
        var longest = 0
        for l in ls:
            longest = max(longest, l.byte_length())
        print("width", w, "->", len(ls), "lines, longest", longest)
    print(wrap("", 10), wrap("supercalifragilistic word", 5))
