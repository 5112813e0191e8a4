def balanced(s: String) -> Bool:
    var stack = List[String]()
    var pairs = Dict[String, String]()
    pairs[")"] = "("
    pairs["]"] = "["
    pairs["}"] = "{"
    for cp in s.codepoints():
        var ch = String(cp)
        if ch == "(" or ch == "[" or ch == "{":
            stack.append(ch)
        elif ch in pairs:
            if len(stack) == 0:
                return False
            var top = stack.pop()
            try:
                if top != pairs[ch]:
                    return False
            except:
                return False
    return len(stack) == 0


def main():
    var cases: List[String] = ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{"]
    for c in cases:
        print("'" + c + "'", balanced(c))
    var st = List[Int]()
    for i in range(5):
        st.append(i)
    while st:
        print(st.pop(), end=" ")
    print()
