# An RPN calculator with named registers and user-defined words, reading a
# script of lines. Errors abort the line but keep the stack.

struct RPN:
    var stack: List[Float64]
    var registers: Dict[String, Float64]
    var words: Dict[String, List[String]]

    def __init__(out self):
        self.stack = List[Float64]()
        self.registers = Dict[String, Float64]()
        self.words = Dict[String, List[String]]()

    def pop(mut self) raises -> Float64:
        if not self.stack:
            raise Error("stack empty")
        return self.stack.pop()

    def binary(mut self, op: String) raises:
        var b = self.pop()
        var a = self.pop()
        if op == "+":
            self.stack.append(a + b)
        elif op == "-":
            self.stack.append(a - b)
        elif op == "*":
            self.stack.append(a * b)
        elif op == "/":
            if b == 0:
                raise Error("divide by zero")
            self.stack.append(a / b)

    def run_token(mut self, tok: String) raises:
        if tok == "+" or tok == "-" or tok == "*" or tok == "/":
            self.binary(tok)
        elif tok == "dup":
            var a = self.pop()
            self.stack.append(a)
            self.stack.append(a)
        elif tok == "drop":
            _ = self.pop()
        elif tok.startswith("!"):
            self.registers[String(tok[byte=1:])] = self.pop()
        elif tok.startswith("@"):
            var name = String(tok[byte=1:])
            if name not in self.registers:
                raise Error("no register " + name)
            self.stack.append(self.registers[name])
        elif tok in self.words:
            for t in self.words[tok].copy():
                self.run_token(t)
        else:
            try:
                self.stack.append(atof(tok))
            except:
                raise Error("unknown word '" + tok + "'")

    def run_line(mut self, line: String):
        var toks = line.split()
        if len(toks) > 0 and toks[0] == ":":
            var body = List[String]()
            for i in range(2, len(toks) - 1):
                body.append(String(toks[i]))
            self.words[String(toks[1])] = body^
            print("defined", toks[1])
            return
        try:
            for t in toks:
                self.run_token(String(t))
            print(line, "=>", self.stack)
        except e:
            print(line, "=> error:", e, "| stack", self.stack)


def main():
    var calc = RPN()
    var script: List[String] = [
        "3 4 +",
        "2 *",
        "!x",
        "@x @x *",
        ": sq dup * ;",
        "5 sq",
        "+ 1 0 /",
        "drop drop drop drop",
        "@y",
        "frob",
        "10 3 / 1.5 -",
    ]
    for line in script:
        calc.run_line(line)
