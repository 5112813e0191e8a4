# Tokenizer + recursive-descent calculator with variables and error reporting.
from std.collections import Dict


@fieldwise_init
struct Token(Copyable, Writable):
    var kind: String
    var text: String
    var pos: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.kind, "(", self.text, ")@", self.pos)


def is_digit(c: String) -> Bool:
    return c >= "0" and c <= "9"


def is_alpha(c: String) -> Bool:
    return (c >= "a" and c <= "z") or (c >= "A" and c <= "Z") or c == "_"


def tokenize(src: String) raises -> List[Token]:
    var out = List[Token]()
    var i = 0
    var n = src.byte_length()
    while i < n:
        var c = String(src[byte=i])
        if c == " ":
            i += 1
            continue
        if is_digit(c) or c == ".":
            var start = i
            while i < n and (is_digit(String(src[byte=i])) or String(src[byte=i]) == "."):
                i += 1
            out.append(Token("NUM", String(src[byte=start:i]), start))
            continue
        if is_alpha(c):
            var start = i
            while i < n and (is_alpha(String(src[byte=i])) or is_digit(String(src[byte=i]))):
                i += 1
            out.append(Token("ID", String(src[byte=start:i]), start))
            continue
        if c in "+-*/()^=%":
            out.append(Token("OP", c, i))
            i += 1
            continue
        raise Error("unexpected character '" + c + "' at " + String(i))
    out.append(Token("EOF", "", n))
    return out^


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

    def expect(mut self, text: String) raises:
        var t = self.advance()
        if t.text != text:
            raise Error("expected '" + text + "' but got '" + t.text + "' at " + String(t.pos))

    def expr(mut self) raises -> Float64:
        var v = self.term()
        while self.peek().text == "+" or self.peek().text == "-":
            var op = self.advance().text
            var r = self.term()
            if op == "+":
                v += r
            else:
                v -= r
        return v

    def term(mut self) raises -> Float64:
        var v = self.power()
        while self.peek().text in ["*", "/", "%"]:
            var op = self.advance().text
            var r = self.power()
            if op == "*":
                v *= r
            elif op == "/":
                if r == 0.0:
                    raise Error("division by zero")
                v /= r
            else:
                v = v - r * Float64(Int(v / r))
        return v

    def power(mut self) raises -> Float64:
        var base = self.unary()
        if self.peek().text == "^":
            _ = self.advance()
            var e = self.power()
            return base**e
        return base

    def unary(mut self) raises -> Float64:
        if self.peek().text == "-":
            _ = self.advance()
            return -self.unary()
        return self.atom()

    def atom(mut self) raises -> Float64:
        var t = self.advance()
        if t.kind == "NUM":
            return atof(t.text)
        if t.kind == "ID":
            if t.text in self.vars:
                return self.vars[t.text]
            raise Error("unknown variable: " + t.text)
        if t.text == "(":
            var v = self.expr()
            self.expect(")")
            return v
        raise Error("unexpected token " + String(t))


def evaluate(line: String, mut vars: Dict[String, Float64]) raises -> Float64:
    var toks = tokenize(line)
    var target = String("")
    if len(toks) > 2 and toks[1].text == "=" and toks[0].kind == "ID":
        target = toks[0].text
        var rest = List[Token]()
        for j in range(2, len(toks)):
            rest.append(toks[j].copy())
        toks = rest^
    var p = Parser(toks^, vars)
    var v = p.expr()
    if p.peek().kind != "EOF":
        raise Error("trailing input at " + String(p.peek().pos))
    if target != "":
        vars[target] = v
    return v


def main() raises:
    var vars = Dict[String, Float64]()
    vars["pi"] = 3.14159
    var lines: List[String] = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-4 + 10 / 4",
        "x = 7 * 6",
        "x / 2 + pi",
        "y = x % 5",
        "y * y",
        "10 / (5 - 5)",
        "3 + $",
        "(1 + 2",
        "z + 1",
        "1.5 * 4",
    ]
    for line in lines:
        try:
            var v = evaluate(line, vars)
            print(line, "=>", v)
        except e:
            print(line, "!! error:", e)
    var toks = try_tok("a1 = (b + 22)")
    for t in toks:
        print(t, end=" ")
    print()
    var keys = List[String]()
    for k in vars.keys():
        keys.append(k)
    sort(keys)
    for k in keys:
        print(k, "=", vars[k])


def try_tok(s: String) -> List[Token]:
    try:
        return tokenize(s)
    except:
        return List[Token]()
