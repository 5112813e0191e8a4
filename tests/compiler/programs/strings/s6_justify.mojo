# Full justification of a paragraph to a fixed width, plus left/right/center alignment.


def wrap(words: List[String], width: Int) -> List[List[String]]:
    var lines = List[List[String]]()
    var cur = List[String]()
    var cur_len = 0
    for w in words:
        var extra = w.byte_length() + (1 if len(cur) > 0 else 0)
        if len(cur) > 0 and cur_len + extra > width:
            lines.append(cur.copy())
            cur = List[String]()
            cur_len = 0
            extra = w.byte_length()
        cur.append(w)
        cur_len += extra
    if len(cur) > 0:
        lines.append(cur^)
    return lines^


def justify(line: List[String], width: Int, last: Bool) -> String:
    if last or len(line) == 1:
        return " ".join(line).ascii_ljust(width)
    var letters = 0
    for w in line:
        letters += w.byte_length()
    var gaps = len(line) - 1
    var spaces = width - letters
    var out = String()
    for i in range(len(line)):
        out += line[i]
        if i < gaps:
            var n = spaces // gaps + (1 if i < spaces % gaps else 0)
            out += " " * n
    return out^


def main():
    var text = "Mojo combines the usability of Python with the performance of C, unlocking unparalleled programmability of AI hardware and extensibility of AI models."
    var words = List[String]()
    for w in text.split():
        words.append(String(w))
    for width in [30, 42]:
        print("+" + "-" * width + "+")
        var lines = wrap(words, width)
        for i in range(len(lines)):
            print("|" + justify(lines[i], width, i == len(lines) - 1) + "|")
        print("+" + "-" * width + "+")
    for w in ["left", "right", "center"]:
        print("[" + String(w).ascii_ljust(10) + "]", "[" + String(w).ascii_rjust(10) + "]", "[" + String(w).ascii_center(10) + "]", "[" + String(w).ascii_center(3) + "]")
    print("[" + String("pad").ascii_center(10, "-") + "]", "[" + String("x").ascii_rjust(5, "0") + "]", "[" + String("y").ascii_ljust(0) + "]")
