# Balanced bracket checker reporting the position of the first problem.


def check(s: String) -> String:
    var stack = List[String]()
    var positions = List[Int]()
    var pos = 0
    for piece in s.codepoint_slices():
        var ch = String(piece)
        if ch == "(" or ch == "[" or ch == "{":
            stack.append(ch)
            positions.append(pos)
        elif ch == ")" or ch == "]" or ch == "}":
            var want = "(" if ch == ")" else ("[" if ch == "]" else "{")
            if len(stack) == 0:
                return "unexpected " + repr(ch) + " at " + String(pos)
            var top = stack.pop()
            var at = positions.pop()
            if top != want:
                return "mismatched " + repr(top) + " at " + String(at) + " closed by " + repr(ch) + " at " + String(pos)
        pos += 1
    if len(stack) > 0:
        return "unclosed " + repr(stack[len(stack) - 1]) + " at " + String(positions[len(positions) - 1])
    return "ok"


def main():
    var cases: List[String] = [
        "(a + b) * [c - {d / e}]",
        "((())",
        "())",
        "{[}]",
        "",
        "no brackets",
        "fn(x[0], {\"k\": [1, 2]})",
        "é(ü[ö]){",
        "]",
    ]
    for c in cases:
        print(repr(c).ascii_ljust(30), check(c))
