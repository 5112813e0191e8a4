def is_digit(c: String) -> Bool:
    return c.byte_length() == 1 and c.is_ascii_digit()


def tokenize(src: String) raises -> List[String]:
    var tokens = List[String]()
    var i = 0
    var n = src.byte_length()
    while i < n:
        var c = String(src[byte=i])
        if c == " ":
            i += 1
            continue
        if is_digit(c) or c == ".":
            var j = i
            while j < n and (is_digit(String(src[byte=j])) or src[byte=j] == "."):
                j += 1
            tokens.append(String(src[byte=i:j]))
            i = j
            continue
        if c in "+-*/()":
            tokens.append(c)
            i += 1
            continue
        raise Error("unexpected character " + repr(c) + " at " + String(i))
    return tokens^


def evaluate(tokens: List[String]) raises -> Float64:
    # left to right with * and / binding tighter; no parentheses
    var terms = List[Float64]()
    var ops = List[String]()
    var i = 0
    var cur = Float64(tokens[0])
    i = 1
    while i < len(tokens):
        var op = tokens[i]
        var v = Float64(tokens[i + 1])
        if op == "*":
            cur *= v
        elif op == "/":
            cur /= v
        else:
            terms.append(cur)
            ops.append(op)
            cur = v
        i += 2
    terms.append(cur)
    var total = terms[0]
    for k in range(len(ops)):
        if ops[k] == "+":
            total += terms[k + 1]
        else:
            total -= terms[k + 1]
    return total


def main():
    var exprs: List[String] = ["1 + 2 * 3", "10 / 4 - 0.5", "2.5*2*2", "7 - 2 - 1", "3 $ 4", "1.2.3 + 1"]
    for e in exprs:
        try:
            var toks = tokenize(e)
            print(repr(e), "tokens:", len(toks), "=", evaluate(toks))
        except err:
            print(repr(e), "error:", err)
