# A tokenizer and recursive-descent calculator over floating-point numbers,
# with variables, assignment, function calls (sqrt, abs, max) and errors.
from std.math import sqrt


@fieldwise_init
struct Token(Copyable, Writable):
    var kind: String  # "num", "ident", "op", "eof"
    var text: String
    var num: Float64

    def write_to(self, mut writer: Some[Writer]):
        if self.kind == "num":
            writer.write("NUM(", self.num, ")")
        elif self.kind == "eof":
            writer.write("EOF")
        else:
            writer.write(self.kind.upper(), "(", self.text, ")")


def is_digit(c: String) -> Bool:
    return c >= "0" and c <= "9"


def is_alpha(c: String) -> Bool:
    return (c >= "a" and c <= "z") or (c >= "A" and c <= "Z") or c == "_"


def lex(src: String) raises -> List[Token]:
    var out = List[Token]()
    var chars = List[String]()
    for c in src.codepoint_slices():
        chars.append(String(c))
    var i = 0
    while i < len(chars):
        var c = chars[i]
        if c == " " or c == "\t":
            i += 1
            continue
        if is_digit(c) or c == ".":
            var start = i
            while i < len(chars) and (is_digit(chars[i]) or chars[i] == "."):
                i += 1
            var text = String()
            for k in range(start, i):
                text += chars[k]
            out.append(Token("num", text, Float64(text)))
        elif is_alpha(c):
            var text = String()
            while i < len(chars) and (is_alpha(chars[i]) or is_digit(chars[i])):
                text += chars[i]
                i += 1
            out.append(Token("ident", text, 0.0))
        elif c in "+-*/^(),=":
            out.append(Token("op", c, 0.0))
            i += 1
        else:
            raise Error("unexpected character '" + c + "' at column " + String(i + 1))
    out.append(Token("eof", "", 0.0))
    return out^


struct Calc:
    var toks: List[Token]
    var pos: Int
    var vars: Dict[String, Float64]

    def __init__(out self):
        self.toks = List[Token]()
        self.pos = 0
        self.vars = Dict[String, Float64]()
        self.vars["pi"] = 3.141592653589793

    def peek(self) -> Token:
        return self.toks[self.pos].copy()

    def accept(mut self, op: String) -> Bool:
        if self.toks[self.pos].kind == "op" and self.toks[self.pos].text == op:
            self.pos += 1
            return True
        return False

    def expect(mut self, op: String) raises:
        if not self.accept(op):
            raise Error("expected '" + op + "' but found " + String(self.peek()))

    def run(mut self, line: String) raises -> Float64:
        self.toks = lex(line)
        self.pos = 0
        if (
            len(self.toks) > 2
            and self.toks[0].kind == "ident"
            and self.toks[1].text == "="
        ):
            var name = self.toks[0].text
            self.pos = 2
            var v = self.expr()
            self.vars[name] = v
            return v
        var v = self.expr()
        if self.peek().kind != "eof":
            raise Error("trailing input: " + String(self.peek()))
        return v

    def expr(mut self) raises -> Float64:
        var v = self.term()
        while True:
            if self.accept("+"):
                v += self.term()
            elif self.accept("-"):
                v -= self.term()
            else:
                return v

    def term(mut self) raises -> Float64:
        var v = self.power()
        while True:
            if self.accept("*"):
                v *= self.power()
            elif self.accept("/"):
                var d = self.power()
                if d == 0.0:
                    raise Error("division by zero")
                v /= d
            else:
                return v

    def power(mut self) raises -> Float64:
        var base = self.unary()
        if self.accept("^"):
            var e = self.power()  # right associative
            return base**e
        return base

    def unary(mut self) raises -> Float64:
        if self.accept("-"):
            return -self.unary()
        return self.primary()

    def primary(mut self) raises -> Float64:
        var tok = self.peek()
        if tok.kind == "num":
            self.pos += 1
            return tok.num
        if tok.kind == "ident":
            self.pos += 1
            if self.accept("("):
                var args = List[Float64]()
                if not self.accept(")"):
                    args.append(self.expr())
                    while self.accept(","):
                        args.append(self.expr())
                    self.expect(")")
                return self.call(tok.text, args)
            if tok.text not in self.vars:
                raise Error("unknown variable '" + tok.text + "'")
            return self.vars[tok.text]
        if self.accept("("):
            var v = self.expr()
            self.expect(")")
            return v
        raise Error("unexpected " + String(tok))

    def call(self, name: String, args: List[Float64]) raises -> Float64:
        if name == "sqrt" and len(args) == 1:
            return sqrt(args[0])
        if name == "abs" and len(args) == 1:
            return abs(args[0])
        if name == "max" and len(args) >= 1:
            var m = args[0]
            for a in args:
                m = max(m, a)
            return m
        raise Error("bad call " + name + " with " + String(len(args)) + " args")


def main() raises:
    print(lex("x = 3.5 * (y + 2)"))
    var calc = Calc()
    var lines: List[String] = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-4 + 10 / 4",
        "r = 2.5",
        "pi * r ^ 2",
        "sqrt(16) + abs(-3)",
        "max(1, 7, 3, r)",
        "1 / 0",
        "z + 1",
        "3 $ 4",
        "(1 + 2",
        "4 5",
        "max()",
    ]
    for line in lines:
        try:
            print(line, "=>", calc.run(line))
        except e:
            print(line, "=> error:", e)
