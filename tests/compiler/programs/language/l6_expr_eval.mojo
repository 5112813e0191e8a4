# Expression evaluator: recursive descent parser over a token list, raising on bad input.


@fieldwise_init
struct Token(Copyable, Movable, Writable):
    var kind: String
    var text: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.kind, ":", self.text)


def is_digit(c: String) -> Bool:
    return c >= "0" and c <= "9"


def tokenize(src: String) raises -> List[Token]:
    var toks = List[Token]()
    var i = 0
    var n = src.byte_length()
    while i < n:
        var c = String(src[byte=i])
        if c == " ":
            i += 1
            continue
        if is_digit(c):
            var num = String()
            while i < n and is_digit(String(src[byte=i])):
                num += String(src[byte=i])
                i += 1
            toks.append(Token("num", num))
            continue
        if c == "+" or c == "-" or c == "*" or c == "/" or c == "(" or c == ")" or c == "%":
            toks.append(Token("op", c))
            i += 1
            continue
        raise Error("unexpected character '" + c + "' at " + String(i))
    return toks^


struct Parser:
    var toks: List[Token]
    var pos: Int

    def __init__(out self, var toks: List[Token]):
        self.toks = toks^
        self.pos = 0

    def peek(self) -> String:
        if self.pos < len(self.toks):
            return self.toks[self.pos].text
        return ""

    def expr(mut self) raises -> Int:
        var v = self.term()
        while self.peek() == "+" or self.peek() == "-":
            var op = self.peek()
            self.pos += 1
            var r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(mut self) raises -> Int:
        var v = self.factor()
        while self.peek() == "*" or self.peek() == "/" or self.peek() == "%":
            var op = self.peek()
            self.pos += 1
            var r = self.factor()
            if op == "*":
                v *= r
            else:
                if r == 0:
                    raise Error("division by zero")
                v = v // r if op == "/" else v % r
        return v

    def factor(mut self) raises -> Int:
        if self.pos >= len(self.toks):
            raise Error("unexpected end of input")
        var t = self.toks[self.pos].copy()
        self.pos += 1
        if t.kind == "num":
            return Int(t.text)
        if t.text == "-":
            return -self.factor()
        if t.text == "(":
            var v = self.expr()
            if self.peek() != ")":
                raise Error("expected ')'")
            self.pos += 1
            return v
        raise Error("unexpected token " + String(t))


def evaluate(src: String) raises -> Int:
    var p = Parser(tokenize(src))
    var v = p.expr()
    if p.pos != len(p.toks):
        raise Error("trailing input at token " + String(p.pos))
    return v


def main():
    var cases: List[String] = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "-7 / 2",
        "-7 % 3",
        "7 % -3",
        "10 / (5 - 5)",
        "2 * (3 + 4",
        "12 $ 4",
        "100 - 3 - 4 * 2 + 1",
        "((((5))))",
        "3 3",
        "",
    ]
    for c in cases:
        try:
            print("'" + c + "' =", evaluate(c))
        except e:
            print("'" + c + "' error:", e)
