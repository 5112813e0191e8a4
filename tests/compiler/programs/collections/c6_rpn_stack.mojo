# A reverse-Polish calculator on a List used as a stack.


def evaluate(expr: String) raises -> Float64:
    var stack = List[Float64]()
    for tok in expr.split(" "):
        var t = String(tok)
        if t == "+" or t == "-" or t == "*" or t == "/":
            if len(stack) < 2:
                raise Error("stack underflow at '" + t + "'")
            var b = stack.pop()
            var a = stack.pop()
            if t == "+":
                stack.append(a + b)
            elif t == "-":
                stack.append(a - b)
            elif t == "*":
                stack.append(a * b)
            else:
                stack.append(a / b)
        else:
            stack.append(Float64(t))
    if len(stack) != 1:
        raise Error("leftover values: " + String(len(stack)))
    return stack[0]


def main():
    var exprs: List[String] = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1 +", "1 2 3", "10 4 /"]
    for e in exprs:
        try:
            print(e, "=", evaluate(e))
        except err:
            print(e, "-> error:", err)
