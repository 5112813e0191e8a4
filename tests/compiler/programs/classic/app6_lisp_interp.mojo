# A tiny Lisp interpreter: reader to a node pool (List-backed tree), an
# evaluator with environments, define, if, lambda-free arithmetic and recursion
# via named functions.
from std.collections import Dict


@fieldwise_init
struct Node(Copyable):
    var is_list: Bool
    var atom: String
    var kids: List[Int]


struct Interp:
    var pool: List[Node]
    var globals: Dict[String, Int]
    var funcs: Dict[String, Tuple[List[String], Int]]
    var calls: Int

    def __init__(out self):
        self.pool = List[Node]()
        self.globals = Dict[String, Int]()
        self.funcs = Dict[String, Tuple[List[String], Int]]()
        self.calls = 0

    def read(mut self, src: String) raises -> List[Int]:
        var toks = List[String]()
        for t in src.replace("(", " ( ").replace(")", " ) ").split():
            toks.append(String(t))
        var pos = 0
        var roots = List[Int]()
        while pos < len(toks):
            roots.append(self._read(toks, pos))
        return roots^

    def _read(mut self, toks: List[String], mut pos: Int) raises -> Int:
        if pos >= len(toks):
            raise Error("unexpected end of input")
        var t = String(toks[pos])
        pos += 1
        if t == ")":
            raise Error("unexpected )")
        if t == "(":
            var kids = List[Int]()
            while True:
                if pos >= len(toks):
                    raise Error("missing )")
                if toks[pos] == ")":
                    pos += 1
                    break
                kids.append(self._read(toks, pos))
            self.pool.append(Node(True, "", kids^))
        else:
            self.pool.append(Node(False, t, List[Int]()))
        return len(self.pool) - 1

    def show(self, i: Int) -> String:
        ref n = self.pool[i]
        if not n.is_list:
            return n.atom
        var parts = List[String]()
        for k in n.kids:
            parts.append(self.show(k))
        return "(" + " ".join(parts) + ")"

    def eval(mut self, i: Int, env: Dict[String, Int]) raises -> Int:
        var n = self.pool[i].copy()
        if not n.is_list:
            if n.atom.is_ascii_digit() or (n.atom.startswith("-") and n.atom.byte_length() > 1):
                return atol(n.atom)
            if n.atom in env:
                return env[n.atom]
            if n.atom in self.globals:
                return self.globals[n.atom]
            raise Error("unbound symbol: " + n.atom)
        if len(n.kids) == 0:
            raise Error("empty application")
        var head = self.pool[n.kids[0]].atom
        if head == "define":
            var target = self.pool[n.kids[1]].copy()
            if target.is_list:
                var params = List[String]()
                for k in target.kids[1:]:
                    params.append(self.pool[k].atom)
                self.funcs[self.pool[target.kids[0]].atom] = (params^, n.kids[2])
                return 0
            var v = self.eval(n.kids[2], env)
            self.globals[target.atom] = v
            return v
        if head == "if":
            if self.eval(n.kids[1], env) != 0:
                return self.eval(n.kids[2], env)
            return self.eval(n.kids[3], env)
        var args = List[Int]()
        for k in n.kids[1:]:
            args.append(self.eval(k, env))
        if head == "+":
            var s = 0
            for a in args:
                s += a
            return s
        if head == "*":
            var p = 1
            for a in args:
                p *= a
            return p
        if head == "-":
            return args[0] - args[1] if len(args) == 2 else -args[0]
        if head == "<":
            return 1 if args[0] < args[1] else 0
        if head == "=":
            return 1 if args[0] == args[1] else 0
        if head == "mod":
            if args[1] == 0:
                raise Error("mod by zero")
            return args[0] % args[1]
        if head in self.funcs:
            self.calls += 1
            var f = self.funcs[head].copy()
            var params = f[0].copy()
            if len(params) != len(args):
                raise Error(head + " expects " + String(len(params)) + " args, got " + String(len(args)))
            var local = Dict[String, Int]()
            for j in range(len(params)):
                local[params[j]] = args[j]
            return self.eval(f[1], local)
        raise Error("unknown function: " + head)


def main():
    var it = Interp()
    var program = """
    (define x 10)
    (define (sq n) (* n n))
    (define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))
    (define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
    (define (gcd a b) (if (= b 0) a (gcd b (mod a b))))
    (sq x)
    (fact 10)
    (fib 15)
    (gcd 1071 462)
    (+ 1 2 3 4 5)
    (- 7)
    (sq 1 2)
    (mod 5 0)
    (foo 1)
    (+ y 1)
    """
    try:
        var roots = it.read(program)
        var empty = Dict[String, Int]()
        for r in roots:
            try:
                var v = it.eval(r, empty)
                print(it.show(r), "=>", v)
            except e:
                print(it.show(r), "!!", e)
    except e:
        print("read error:", e)
    print("function calls:", it.calls, "nodes:", len(it.pool))
    for bad in ["(+ 1 2", ")", "(define (f a) a) (f"]:
        try:
            _ = it.read(bad)
            print("read ok")
        except e:
            print("read error:", e)
