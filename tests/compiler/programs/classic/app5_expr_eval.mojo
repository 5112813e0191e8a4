# A tiny expression language: tokenizer, recursive-descent parser, evaluator.

@fieldwise_init
struct Token(Copyable, Writable):
    var kind: String   # "num", "op", "lparen", "rparen", "ident", "eof"
    var text: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.kind, "(", self.text, ")")


def is_digit(c: String) -> Bool:
    return c >= "0" and c <= "9"


def is_alpha(c: String) -> Bool:
    return (c >= "a" and c <= "z") or (c >= "A" and c <= "Z") or c == "_"


def tokenize(src: String) raises -> List[Token]:
    var toks = List[Token]()
    var i = 0
    var n = src.byte_length()
    while i < n:
        var c = String(src[byte=i])
        if c == " ":
            i += 1
        elif is_digit(c):
            var start = i
            while i < n and (is_digit(String(src[byte=i])) or String(src[byte=i]) == "."):
                i += 1
            toks.append(Token("num", String(src[byte=start:i])))
        elif is_alpha(c):
            var start = i
            while i < n and (is_alpha(String(src[byte=i])) or is_digit(String(src[byte=i]))):
                i += 1
            toks.append(Token("ident", String(src[byte=start:i])))
        elif c == "(":
            toks.append(Token("lparen", c))
            i += 1
        elif c == ")":
            toks.append(Token("rparen", c))
            i += 1
        elif c in "+-*/^%":
            toks.append(Token("op", c))
            i += 1
        else:
            raise Error("unexpected character '" + c + "' at " + String(i))
    toks.append(Token("eof", ""))
    return toks^


struct Parser:
    var toks: List[Token]
    var pos: Int
    var vars: Dict[String, Float64]

    def __init__(out self, var toks: List[Token], vars: Dict[String, Float64]):
        self.toks = toks^
        self.pos = 0
        self.vars = vars.copy()

    def peek(self) -> Token:
        return self.toks[self.pos].copy()

    def advance(mut self) -> Token:
        var t = self.toks[self.pos].copy()
        self.pos += 1
        return t^

    def expr(mut self) raises -> Float64:
        var v = self.term()
        while self.peek().kind == "op" and (self.peek().text == "+" or self.peek().text == "-"):
            var op = self.advance().text
            var r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(mut self) raises -> Float64:
        var v = self.power()
        while self.peek().kind == "op" and self.peek().text in "*/%":
            var op = self.advance().text
            var r = self.power()
            if op == "*":
                v *= r
            elif op == "/":
                if r == 0:
                    raise Error("division by zero")
                v /= r
            else:
                v = v - r * Float64(Int(v / r))
        return v

    def power(mut self) raises -> Float64:
        var base = self.unary()
        if self.peek().kind == "op" and self.peek().text == "^":
            _ = self.advance()
            var e = self.power()
            return base ** e
        return base

    def unary(mut self) raises -> Float64:
        if self.peek().kind == "op" and self.peek().text == "-":
            _ = self.advance()
            return -self.unary()
        return self.atom()

    def atom(mut self) raises -> Float64:
        var t = self.advance()
        if t.kind == "num":
            return atof(t.text)
        if t.kind == "ident":
            if t.text in self.vars:
                return self.vars[t.text]
            raise Error("unknown variable " + t.text)
        if t.kind == "lparen":
            var v = self.expr()
            if self.advance().kind != "rparen":
                raise Error("expected )")
            return v
        raise Error("unexpected token " + String(t))


def evaluate(src: String, vars: Dict[String, Float64]) raises -> Float64:
    var p = Parser(tokenize(src), vars)
    var v = p.expr()
    if p.peek().kind != "eof":
        raise Error("trailing input at token " + String(p.peek()))
    return v


def main() raises:
    var vars = Dict[String, Float64]()
    vars["pi"] = 3.14159
    vars["x"] = 4.0
    var cases: List[String] = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-x * 2 + 10",
        "pi * x ^ 2",
        "17 % 5",
        "7 / (3 - 3)",
        "y + 1",
        "3 $ 4",
        "(1 + 2",
        "1 2",
    ]
    for c in cases:
        try:
            print(c, "=", evaluate(c, vars))
        except e:
            print(c, "-> error:", e)
    var toks = tokenize("a1 + 2.5")
    for t in toks:
        print(t, end=" ")
    print()
