def is_digit(c: String) -> Bool:
    return c >= "0" and c <= "9"


def tokenize(expr: String) -> List[String]:
    var tokens = List[String]()
    var num = String()
    for cp in expr.codepoints():
        var c = String(cp)
        if is_digit(c) or c == ".":
            num += c
            continue
        if num.byte_length() > 0:
            tokens.append(num)
            num = String()
        if c == " ":
            continue
        tokens.append(c)
    if num.byte_length() > 0:
        tokens.append(num)
    return tokens^


def prec(op: String) -> Int:
    if op == "+" or op == "-":
        return 1
    if op == "*" or op == "/":
        return 2
    return 0


def apply(op: String, a: Float64, b: Float64) -> Float64:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b


def evaluate(expr: String) raises -> Float64:
    var vals = List[Float64]()
    var ops = List[String]()
    for t in tokenize(expr):
        if is_digit(String(t[byte=0])):
            vals.append(Float64(t))
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[len(ops) - 1] != "(":
                var b = vals.pop()
                var a = vals.pop()
                vals.append(apply(ops.pop(), a, b))
            _ = ops.pop()
        else:
            while len(ops) > 0 and prec(ops[len(ops) - 1]) >= prec(t):
                var b = vals.pop()
                var a = vals.pop()
                vals.append(apply(ops.pop(), a, b))
            ops.append(t)
    while len(ops) > 0:
        var b = vals.pop()
        var a = vals.pop()
        vals.append(apply(ops.pop(), a, b))
    return vals[0]


def main() raises:
    var exprs: List[String] = ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "2.5 * (3 - 1.25)", "100 - 99.9", "7 / 3 * 3", "0.1 + 0.2"]
    for e in exprs:
        print(e.ascii_ljust(20), "=", evaluate(e))
    print(tokenize("12.5*(3+44)"))
