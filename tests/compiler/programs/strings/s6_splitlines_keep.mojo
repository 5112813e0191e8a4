# splitlines with and without keepends over mixed line endings; line numbering.


def main():
    var text = String("first\nsecond\r\nthird\rfourth\n\nsixth")
    var lines = text.splitlines()
    print(len(lines), "lines")
    for i in range(len(lines)):
        print(String(i + 1).ascii_rjust(3), "|", repr(lines[i]))
    var kept = text.splitlines(keepends=True)
    for l in kept:
        print(repr(l), l.byte_length())
    print(String("").splitlines(), String("\n").splitlines(), String("a\n").splitlines(keepends=True))
    print(String("no newline").splitlines())
    var total = 0
    for l in text.splitlines(keepends=True):
        total += l.byte_length()
    print("bytes equal:", total == text.byte_length())
    var para = "Line one.\nLine two is longer.\n\nLine four."
    var longest = 0
    for l in para.splitlines():
        longest = max(longest, l.byte_length())
    for l in para.splitlines():
        print("> " + String(l).ascii_ljust(longest) + " <")
