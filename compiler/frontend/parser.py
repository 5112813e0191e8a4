"""Recursive-descent parser: tokens -> AST (frontend/ast.py).

Expressions use Python's precedence. The 2023 Playground dialect (`fn`, `let`, `inout`,
`borrowed`, `owned`, `alias`, `@value`, `@parameter`) is accepted and rewritten to Mojo 1.2 with a
warning naming the 1.2 spelling. On a syntax error the parser reports it and skips to the next
statement, so one run can show several independent errors.
"""

from __future__ import annotations

from typing import Any

from .. import limits
from ..diagnostics import Diagnostic, Span
from . import ast as A
from . import autotune2023, mlir
from .lexer import Token, tokenize
from .parser_expressions import _SOFT_NAMES, ExpressionParser


class ParseError(Exception):
    pass


_AUG_OPS = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>="}
_CONVENTIONS = {"mut": "mut", "out": "out", "var": "var", "ref": "ref", "deinit": "deinit", "read": "read"}
_LEGACY_CONVENTIONS = {"inout": "mut", "borrowed": "read", "owned": "var"}
_LEGACY_LIFECYCLE = {"__del__": "def __deinit__(deinit self)",
                     "__copyinit__": "def __init__(out self, *, copy: Self)",
                     "__moveinit__": "def __init__(out self, *, deinit move: Self)"}


class Parser(ExpressionParser):
    def __init__(self, tokens: list[Token], filename: str):
        self.toks = tokens
        self.pos = 0
        self.file = filename
        self.diags: list[Diagnostic] = []
        self.legacy = False  # set when the 2023 dialect is seen: there, every `def` may raise
        self.nesting = 0  # brackets, unary operators and blocks open around the current token

    def nest(self) -> None:
        """Enter one more level of nesting (undone by `self.nesting -= 1`); past the limit, a
        syntax error instead of a Python RecursionError."""
        self.nesting += 1
        if self.nesting > limits.MAX_NESTING:
            self.fail(f"code is nested too deeply (more than {limits.MAX_NESTING} levels of brackets, "
                      "operators or blocks); split it up, e.g. with helper variables or functions",
                      self.tok.span)

    # ------------------------------------------------------------ token helpers
    @property
    def tok(self) -> Token:
        return self.toks[self.pos]

    def peek(self, k: int = 1) -> Token:
        return self.toks[min(self.pos + k, len(self.toks) - 1)]

    def at(self, *texts: str) -> bool:
        t = self.tok
        return t.kind in ("OP", "KEYWORD", "NAME") and t.text in texts

    def at_kind(self, kind: str) -> bool:
        return self.tok.kind == kind

    def advance(self) -> Token:
        t = self.toks[self.pos]
        if self.pos < len(self.toks) - 1:
            self.pos += 1
        return t

    def accept(self, text: str) -> Token | None:
        if self.at(text):
            return self.advance()
        return None

    def expect(self, text: str, what: str | None = None) -> Token:
        if self.at(text):
            return self.advance()
        self.fail(f"expected {what or repr(text)}", self.tok.span)

    def expect_name(self, what: str = "a name") -> Token:
        t = self.tok
        if t.kind == "NAME" or (t.kind == "KEYWORD" and t.text in _SOFT_NAMES):
            return self.advance()
        self.fail(f"expected {what}", t.span)

    def fail(self, msg: str, span: Span):
        self.diags.append(Diagnostic("error", msg, span))
        raise ParseError(msg)

    def warn(self, msg: str, span: Span) -> None:
        """Warnings here are all about 2023-dialect spellings."""
        self.legacy = True
        self.diags.append(Diagnostic("warning", msg, span))

    # ------------------------------------------------------------ module & blocks
    def parse_module(self) -> A.Module:
        body: list[A.Stmt] = []
        start = self.tok.span
        while not self.at_kind("EOF"):
            if self.at_kind("DEDENT"):  # left over by error recovery
                self.advance()
                continue
            self._statement_into(body)
        return A.Module(start, body)

    def _statement_into(self, body: list[A.Stmt]) -> None:
        try:
            if self.at_kind("INDENT"):
                self.fail("statement indentation must match the rest of the block; adjust to align",
                          self.tok.span)
            if self.at_kind("NEWLINE"):
                self.advance()
                return
            stmts = self.statement()
            body.extend(stmts)
        except ParseError:
            before = self.pos
            self._recover()
            if self.pos <= before and not self.at_kind("DEDENT"):
                self.advance()  # always make progress

    def _recover(self) -> None:
        """Skip to the start of the next statement at the current block depth."""
        depth = 0
        while not self.at_kind("EOF"):
            t = self.advance()
            if t.kind == "INDENT":
                depth += 1
            elif t.kind == "DEDENT":
                depth -= 1
                if depth <= 0:
                    if depth < 0:
                        self.pos -= 1  # leave the block's DEDENT for the block parser
                    return
            elif t.kind == "NEWLINE" and depth == 0:
                if self.at_kind("INDENT"):
                    continue
                return

    def block(self) -> list[A.Stmt]:
        """After ':' — either a simple statement on the same line or an indented suite."""
        return self.nested(self._block)

    def nested(self, parse: Any) -> Any:
        """Run parse one level deeper (nest() refuses input nested past the compiler's limit)."""
        depth = self.nesting
        self.nest()
        try:
            return parse()
        finally:
            self.nesting = depth

    def _block(self) -> list[A.Stmt]:
        if not self.at_kind("NEWLINE"):
            return self.simple_statements()
        self.advance()
        if not self.at_kind("INDENT"):
            self.fail("expected an indented block", self.tok.span)
        self.advance()
        body: list[A.Stmt] = []
        while not self.at_kind("DEDENT") and not self.at_kind("EOF"):
            self._statement_into(body)
        self.accept_kind("DEDENT")
        return body

    def accept_kind(self, kind: str) -> Token | None:
        if self.tok.kind == kind:
            return self.advance()
        return None

    # ------------------------------------------------------------ statements
    def statement(self) -> list[A.Stmt]:
        t = self.tok
        if t.kind == "OP" and t.text == "@":
            return [self.decorated()]
        if t.kind == "KEYWORD":
            kw = t.text
            if kw in ("def", "fn"):
                return [self.funcdef([])]
            if kw == "struct":
                return [self.structdef([])]
            if kw == "trait":
                return [self.traitdef()]
            if kw == "if":
                return [self.if_stmt()]
            if kw == "while":
                return [self.while_stmt()]
            if kw == "for":
                return [self.for_stmt()]
            if kw == "try":
                return [self.try_stmt()]
            if kw == "with":
                return [self.with_stmt()]
            if kw == "comptime" and self.peek().text in ("if", "for"):
                self.advance()
                stmt = self.if_stmt() if self.at("if") else self.for_stmt()
                stmt.is_comptime = True
                _comptime_elifs(stmt)
                return [stmt]
        if t.kind == "NAME" and t.text == "match" and self._line_ends_with_colon() and \
                self.peek().kind != "OP" or (t.kind == "NAME" and t.text == "match" and
                                             self.peek().text in ("(", "[", "-") and self._line_ends_with_colon()):
            return [self.match_stmt()]
        return self.simple_statements()

    def simple_statements(self) -> list[A.Stmt]:
        out = [self.simple_statement()]
        while self.accept(";"):
            if self.at_kind("NEWLINE"):
                break
            out.append(self.simple_statement())
        if not self.accept_kind("NEWLINE"):
            self.fail("expected end of line", self.tok.span)
        return out

    def simple_statement(self) -> A.Stmt:
        t = self.tok
        if t.kind == "KEYWORD":
            kw = t.text
            if kw in ("var", "let"):
                if kw == "let":
                    self.warn("'let' is the 2023 Mojo spelling; Mojo 1.2 uses 'var'", t.span)
                return self.var_decl()
            if kw == "comptime" and self.peek().text == "assert":
                self.advance()
                self.advance()
                cond = self.expr()
                msg = self.expr() if self.accept(",") else None
                return A.ComptimeAssert(t.span, cond, msg)
            if kw in ("comptime", "alias") and self.peek().kind in ("NAME", "KEYWORD"):
                if kw == "alias":
                    self.warn("'alias' is the 2023 Mojo spelling; Mojo 1.2 uses 'comptime'", t.span)
                return self.comptime_decl()
            if kw == "pass":
                self.advance()
                return A.Pass(t.span)
            if kw == "break":
                self.advance()
                return A.Break(t.span)
            if kw == "continue":
                self.advance()
                return A.Continue(t.span)
            if kw == "return":
                self.advance()
                value = None if self.at_kind("NEWLINE") or self.at(";") else self.expr_list()
                return A.Return(t.span, value)
            if kw == "raise":
                self.advance()
                exc = None if self.at_kind("NEWLINE") else self.expr()
                return A.Raise(t.span, exc)
            if kw in ("from", "import"):
                return self.import_stmt()
            if kw == "ref" and self.peek().kind == "NAME":
                return self.ref_decl()
        start = self.tok.span
        e = self.expr_list()
        if self.at("="):
            targets = [e]
            self.advance()
            value = self.expr_list()
            while self.accept("="):
                targets.append(value)
                value = self.expr_list()
            if len(targets) > 1:
                self.fail("chained assignment is not supported; assign each name separately", start)
            self._check_target(e)
            return A.Assign(start, e, value)
        if self.tok.kind == "OP" and self.tok.text in _AUG_OPS:
            op_tok = self.advance()
            value = self.expr()
            self._check_target(e)
            return A.AugAssign(start, e, op_tok.text[:-1], value, op_tok.span)
        if self.at(":") and isinstance(e, A.Name):
            self.fail(f"implicit declaration of '{e.id}' is not allowed; add 'var' to declare a new name",
                      e.span)
        return A.ExprStmt(start, e)

    def _check_target(self, e: A.Expr) -> None:
        if isinstance(e, A.TupleExpr):
            for x in e.elts:
                self._check_target(x)
        elif not isinstance(e, (A.Name, A.Attribute, A.Subscript, A.Call)):
            # A call may return a reference (`opt.value() += 1`); the checker decides.
            self.fail("cannot assign to this expression", e.span)

    def var_decl(self) -> A.VarDecl:
        kw = self.advance()
        names, spans = [], []
        if self.accept("("):
            while not self.at(")"):
                n = self.expect_name()
                names.append(n.text)
                spans.append(n.span)
                if not self.accept(","):
                    break
            self.expect(")")
        else:
            while True:
                n = self.expect_name("a variable name after 'var'")
                names.append(n.text)
                spans.append(n.span)
                if not self.accept(","):
                    break
        ty = None
        if self.accept(":"):
            ty = self.type_expr()
        value = None
        if self.accept("="):
            value = self.expr_list()
        return A.VarDecl(kw.span, names, spans, ty, value)

    def ref_decl(self) -> A.VarDecl:
        """`ref name = place` (a type after ':' is allowed, as in Mojo)."""
        kw = self.advance()
        n = self.expect_name("a name after 'ref'")
        ty = self.type_expr() if self.accept(":") else None
        self.expect("=", "'=' and the value 'ref' refers to")
        return A.VarDecl(kw.span, [n.text], [n.span], ty, self.expr(), is_ref=True)

    def comptime_decl(self) -> A.Comptime:
        kw = self.advance()
        n = self.expect_name()
        tparams = self.type_params() if self.at("[") else []
        ty = self.type_expr() if self.accept(":") else None
        if ty is not None and not self.at("=") and getattr(self, "in_trait", False):
            # A trait's associated comptime member (`comptime kind: String`): each conforming
            # struct gives the value; generic code reads it through the parameter (`T.kind`).
            return A.Comptime(kw.span, n.text, n.span, ty, None, tparams)  # type: ignore[arg-type]
        if ty is not None and kw.text == "alias" and not self.at("="):
            # 2023 autotune: `alias best: T` gets its value from a later `search[..., f -> best]()`
            # (frontend/autotune2023.py); anywhere else that is an error there.
            return A.Comptime(kw.span, n.text, n.span, ty, None, tparams)  # type: ignore[arg-type]
        self.expect("=", "'=' and a value for the comptime constant")
        value = self.expr_list()
        return A.Comptime(kw.span, n.text, n.span, ty, value, tparams)

    def import_stmt(self) -> A.Import:
        t = self.advance()
        if t.text == "import":
            module = self.dotted_name()
            alias = self.expect_name().text if self.accept("as") else None
            return A.Import(t.span, module, [], alias, False)
        module = self.dotted_name()
        self.expect("import")
        names = []
        spans = []
        paren = self.accept("(")
        while True:
            spans.append(self.tok.span)
            if self.at("*"):
                names.append(("*", "*"))
                self.advance()
            else:
                n = self.expect_name().text
                alias = self.expect_name().text if self.accept("as") else n
                names.append((n, alias))
            if not self.accept(","):
                break
            if paren and self.at(")"):
                break
        if paren:
            self.expect(")")
        imp = A.Import(t.span, module, names, None, True)
        imp.name_spans = spans
        return imp

    def dotted_name(self) -> str:
        parts = [self.expect_name("a module name").text]
        while self.accept("."):
            parts.append(self.expect_name().text)
        return ".".join(parts)

    def decorated(self) -> A.Stmt:
        decorators = []
        while self.at("@"):
            at = self.advance()
            d = self.expr()
            d.span = at.span.to(d.span)
            decorators.append(d)
            self.expect_newline()
        if self.at("def", "fn"):
            return self.funcdef(decorators)
        if self.at("struct"):
            return self.structdef(decorators)
        if self.at("for") and any(isinstance(d, A.Name) and d.id == "unroll" for d in decorators):
            self.warn("'@unroll' is the 2023 Mojo spelling; Mojo 1.2 writes 'comptime for' (or a plain loop)",
                      decorators[0].span)
            return self.for_stmt()
        if self.at("if", "for") and any(isinstance(d, A.Name) and d.id == "parameter" for d in decorators):
            self.warn("'@parameter' is the 2023 Mojo spelling; Mojo 1.2 writes 'comptime if' / 'comptime for'",
                      decorators[0].span)
            stmt = self.if_stmt() if self.at("if") else self.for_stmt()
            stmt.is_comptime = True
            _comptime_elifs(stmt)
            return stmt
        self.fail("expected 'def' or 'struct' after a decorator", self.tok.span)

    def expect_newline(self) -> None:
        if not self.accept_kind("NEWLINE"):
            self.fail("expected end of line", self.tok.span)

    def type_params(self) -> list[A.Param]:
        self.expect("[")
        params = []
        kw_only = False
        while not self.at("]"):
            variadic = False
            if self.accept("*"):
                if not self.at_kind("NAME"):
                    kw_only = True
                    self.accept(",")
                    continue
                variadic = True  # `*Ts: Trait`, a pack of types
            if self.at("//"):
                self.advance()
                self.accept(",")
                for p in params:
                    p.infer_only = True
                continue
            n = self.expect_name("a parameter name")
            ty = self.type_expr() if self.accept(":") else None
            default = self.expr() if self.accept("=") else None
            params.append(A.Param(n.span, n.text, ty, default, "read", kw_only, variadic))
            if not self.accept(","):
                break
        self.expect("]")
        return params

    def _deinit_self_follows(self) -> bool:
        """At `(deinit self`: the parameter list of a 1.2 destructor."""
        return self.at("(") and self.peek().text == "deinit" and self.peek(2).text == "self"

    def funcdef(self, decorators: list[A.Expr]) -> A.FuncDef:
        kw = self.advance()
        if kw.text == "fn":
            self.warn("'fn' is the 2023 Mojo spelling; Mojo 1.2 uses 'def'", kw.span)
        name = self.expect_name("a function name")
        legacy = _LEGACY_LIFECYCLE.get(name.text)
        if legacy is not None and not (name.text == "__del__" and self._deinit_self_follows()):
            self.warn(f"'{name.text}' is the 2023 Mojo spelling; Mojo 1.2 writes '{legacy}'", name.span)
        elif legacy is not None:
            # `def __del__(deinit self)` is 1.2 code, deprecated there (not the 2023 dialect).
            self.diags.append(Diagnostic("warning", "'__del__' is deprecated; use '__deinit__'", name.span))
        tparams = self.type_params() if self.at("[") else []
        self.expect("(")
        params = []
        kw_only = False
        while not self.at(")"):
            if self.at("*") and self.peek().text in (",", ")"):
                self.advance()
                kw_only = True
                self.accept(",")
                continue
            if self.at("/") and self.peek().text in (",", ")"):
                self.advance()
                self.accept(",")
                continue
            params.append(self.param(kw_only))
            if params[-1].variadic:
                kw_only = True
            if not self.accept(","):
                break
        self.expect(")")
        captures = self.capture_list() if self.at("{") else None
        # `capturing` (before `raises`): the nested function uses the enclosing variables by mutable
        # reference, as a capture list `{mut}` would say; `escaping` needs nothing more here.
        while self.at_kind("NAME") and self.tok.text in ("capturing", "escaping"):
            if self.tok.text == "capturing" and captures is None:
                captures = ("mut", {})
            self.advance()
        raises = False
        raises_type = None
        if self.at("raises"):
            self.advance()
            raises = True
            if self.at_kind("NAME"):  # typed raises: `raises CustomError`, `raises Never`
                raises_type = self.type_expr()
        ret = None
        returns_ref = False
        if self.accept("->"):
            if self.tok.text == "ref" and self.peek().text == "[":  # `-> ref[origin] T`
                self.advance()
                self.expect("[")
                while not self.at("]"):
                    self.expr()  # the origin: not tracked (see docs/compiler.md, "ref bindings")
                    if not self.accept(","):
                        break
                self.expect("]", "']' to close the origin")
                returns_ref = True
            ret = self.type_expr()
        if self.at("raises"):
            self.fail("'raises' goes before '->': write 'def f() raises -> T:'", self.tok.span)
        self.expect(":", "':' after the function signature")
        body = self.block()
        doc = _docstring(body)
        f = A.FuncDef(kw.span, name.text, name.span, params, ret, raises, body, decorators, tparams, doc)
        f.is_fn = kw.text == "fn"
        f.captures = captures
        f.raises_type = raises_type
        f.returns_ref = returns_ref
        return f

    def capture_list(self) -> tuple[str | None, dict[str, str]]:
        """`{}`, `{imm}`, `{mut x, var y}`, `{imm, mut covered}`."""
        self.expect("{")
        default: str | None = None
        items: dict[str, str] = {}
        while not self.at("}"):
            t = self.advance()
            word = t.text
            if word in ("imm", "mut", "var", "read", "ref") and (self.at(",") or self.at("}")):
                default = word
            elif word in ("imm", "mut", "var", "read", "ref"):
                items[self.expect_name("a captured variable").text] = word
            elif t.kind == "NAME":
                items[word] = "imm"
            else:
                self.fail("expected a capture such as 'mut x' in the capture list", t.span)
            if not self.accept(","):
                break
        self.expect("}", "'}' to close the capture list")
        return default, items

    def param(self, kw_only: bool) -> A.Param:
        conv = "read"
        t = self.tok
        variadic = False
        if self.at("*"):
            self.advance()
            variadic = True
        elif self.at("**"):  # Mojo requires `var **kwargs`; Mojito has no keyword packs yet
            self.fail("variadic keyword arguments only support the 'var' convention; add 'var' before '**'",
                      t.span)
        if t.kind == "KEYWORD" and self.peek().kind in ("NAME", "KEYWORD") and self.peek().text not in (":", ","):
            if t.text in _CONVENTIONS:
                conv = _CONVENTIONS[t.text]
                self.advance()
            elif t.text in _LEGACY_CONVENTIONS:
                conv = _LEGACY_CONVENTIONS[t.text]
                self.warn(f"'{t.text}' is the 2023 Mojo spelling; Mojo 1.2 uses '{conv}'", t.span)
                self.advance()
        name = self.expect_name("a parameter name")
        ty = None
        if self.accept(":"):
            star = self.accept("*")
            ty = self.type_expr()
            if star and isinstance(ty, A.Name):  # `*args: *Ts`: the arguments' types are the pack Ts
                ty = A.Name(ty.span, "*" + ty.id)
        default = self.expr() if self.accept("=") else None
        return A.Param(name.span, name.text, ty, default, conv, kw_only, variadic)

    def structdef(self, decorators: list[A.Expr]) -> A.StructDef:
        kw = self.advance()
        name = self.expect_name("a struct name")
        for d in decorators:
            if isinstance(d, A.Name) and d.id == "value":
                self.warn("'@value' is the 2023 Mojo spelling; Mojo 1.2 uses '@fieldwise_init' and "
                          "conforms to 'Copyable'", d.span)
        tparams = self.type_params() if self.at("[") else []
        traits = []
        if self.accept("("):
            while not self.at(")"):
                traits.append(self.type_expr())
                if not self.accept(","):
                    break
            self.expect(")")
        self.expect(":", "':' after the struct name")
        body = self.block()
        fields, methods, comptimes = [], [], []
        for s in body:
            if isinstance(s, A.VarDecl):
                fields.append(s)
            elif isinstance(s, A.FuncDef):
                methods.append(s)
            elif isinstance(s, A.Comptime):
                comptimes.append(s)
            elif isinstance(s, A.Pass) or (isinstance(s, A.ExprStmt) and isinstance(s.expr, A.StrLit)):
                pass
            else:
                self.diags.append(Diagnostic("error", "a struct body may contain only fields ('var'), "
                                             "methods ('def') and 'comptime' members", s.span))
        doc = _docstring(body)
        return A.StructDef(kw.span, name.text, name.span, traits, fields, methods, decorators, tparams,
                           comptimes, doc)

    def traitdef(self) -> A.TraitDef:
        kw = self.advance()
        name = self.expect_name("a trait name")
        parents = []
        if self.accept("("):
            while not self.at(")"):
                parents.append(self.type_expr())
                if not self.accept(","):
                    break
            self.expect(")")
        self.expect(":")
        self.in_trait = True
        try:
            body = self.block()
        finally:
            self.in_trait = False
        methods = [s for s in body if isinstance(s, A.FuncDef)]
        return A.TraitDef(kw.span, name.text, name.span, parents, methods)

    def if_stmt(self) -> A.If:
        kw = self.advance()  # if / elif
        cond = self.expr()
        self.expect(":", "':' after the condition")
        body = self.block()
        orelse: list[A.Stmt] = []
        if self.at("elif"):
            orelse = [self.if_stmt()]
        elif self.at("else"):
            self.advance()
            self.expect(":")
            orelse = self.block()
        node = A.If(kw.span, cond, body, orelse)
        node.is_elif = kw.text == "elif"  # type: ignore[attr-defined]
        return node

    def while_stmt(self) -> A.While:
        kw = self.advance()
        cond = self.expr()
        self.expect(":", "':' after the loop condition")
        body = self.block()
        orelse = []
        if self.at("else"):
            self.advance()
            self.expect(":")
            orelse = self.block()
        return A.While(kw.span, cond, body, orelse)

    def for_stmt(self) -> A.For:
        kw = self.advance()
        names, spans = [], []
        binding = self.advance().text if self.at("ref", "var") else ""
        paren = self.accept("(")
        while True:
            n = self.expect_name("a loop variable")
            names.append(n.text)
            spans.append(n.span)
            if not self.accept(","):
                break
        if paren:
            self.expect(")")
        self.expect("in")
        it = self.expr_list()
        self.expect(":", "':' after the loop header")
        body = self.block()
        orelse = []
        if self.at("else"):
            self.advance()
            self.expect(":")
            orelse = self.block()
        return A.For(kw.span, names, spans, it, body, orelse, binding=binding)

    def _line_ends_with_colon(self) -> bool:
        i = self.pos
        depth = 0
        while self.toks[i].kind not in ("NEWLINE", "EOF"):
            t = self.toks[i]
            if t.kind == "OP" and t.text in "([{":
                depth += 1
            elif t.kind == "OP" and t.text in ")]}":
                depth -= 1
            i += 1
        return self.toks[i - 1].text == ":" and depth == 0

    def with_stmt(self) -> A.With:
        kw = self.advance()
        items = []
        while True:
            mgr = self.expr()
            name = self.expect_name("a name after 'as'").text if self.accept("as") else None
            items.append(A.WithItem(mgr.span, mgr, name))
            if not self.accept(","):
                break
        self.expect(":", "':' after the with statement")
        return A.With(kw.span, items, self.block())

    def match_stmt(self) -> A.Match:
        kw = self.advance()
        subject = self.expr()
        self.expect(":", "':' after the match subject")
        self.expect_newline()
        if not self.accept_kind("INDENT"):
            self.fail("expected indented 'case' clauses", self.tok.span)
        cases = []
        while self.at_kind("NAME") and self.tok.text == "case":
            ct = self.advance()
            patterns = [self.pattern()]
            while self.accept("|"):
                patterns.append(self.pattern())
            self.expect(":", "':' after the case pattern")
            cases.append(A.Case(ct.span, patterns, self.block()))
        self.accept_kind("DEDENT")
        if not cases:
            self.fail("a match needs at least one 'case'", kw.span)
        return A.Match(kw.span, subject, cases)

    def pattern(self) -> A.Pattern:
        t = self.tok
        if t.kind == "NAME" and t.text == "_":
            self.advance()
            return A.Pattern(t.span, "wildcard")
        if self.at("."):
            self.advance()
            if self.at("None"):
                self.advance()
                return A.Pattern(t.span, "none")
            n = self.expect_name("'Some' or 'None'")
            if n.text == "Some" and self.accept("("):
                bound = self.expect_name("a name to bind").text
                self.expect(")")
                return A.Pattern(t.span, "some", name=bound)
            if n.text in ("None",):
                return A.Pattern(t.span, "none")
            self.fail(f"unsupported pattern '.{n.text}'", n.span)
        if t.kind == "KEYWORD" and t.text == "None":
            self.advance()
            return A.Pattern(t.span, "none")
        value = self.unary()
        return A.Pattern(t.span, "value", value)

    def try_stmt(self) -> A.Try:
        kw = self.advance()
        self.expect(":")
        body = self.block()
        handlers, orelse, final = [], [], []
        while self.at("except"):
            et = self.advance()
            name = None
            ty = None
            if not self.at(":"):
                first = self.expect_name()
                if self.accept("as"):
                    ty = A.Name(first.span, first.text)
                    name = self.expect_name().text
                else:
                    name = first.text
            self.expect(":")
            handlers.append(A.Handler(et.span, name, ty, self.block()))
        if self.at("else"):
            self.advance()
            self.expect(":")
            orelse = self.block()
        if self.at("finally"):
            self.advance()
            self.expect(":")
            final = self.block()
        if not handlers and not final:
            self.fail("'try' needs an 'except' or 'finally' clause", kw.span)
        return A.Try(kw.span, body, handlers, orelse, final)

    # ------------------------------------------------------------ expressions


def _comptime_elifs(stmt: A.Stmt) -> None:
    """The `elif`s of a `comptime if` are compile-time too (only the branch taken is checked)."""
    while isinstance(stmt, A.If) and len(stmt.orelse) == 1 and getattr(stmt.orelse[0], "is_elif", False):
        stmt = stmt.orelse[0]
        stmt.is_comptime = True


def _docstring(body: list[A.Stmt]) -> str | None:
    if body and isinstance(body[0], A.ExprStmt) and isinstance(body[0].expr, A.StrLit):
        return body[0].expr.value
    return None


def parse(text: str, filename: str) -> tuple[A.Module, list[Diagnostic]]:
    tokens, diags = tokenize(text, filename)
    p = Parser(tokens, filename)
    with limits.deep_recursion():
        module = p.parse_module()
    deep = _too_deep(module)
    if deep is not None:
        p.diags.append(Diagnostic("error", f"expression or statement is nested too deeply (more than "
                                  f"{limits.MAX_TREE_DEPTH} levels, counting each operator of a chain "
                                  "like 'a + b + ...'); split it up, e.g. with helper variables", deep))
        module.body = []
    if p.legacy:
        mark_2023(module)
    if mlir.uses_mlir(text):
        p.diags.extend(mlir.desugar(module))
    if p.legacy and autotune2023.uses_autotune(text):
        p.diags.extend(autotune2023.desugar(module))
    return module, diags + p.diags


def _too_deep(module: A.Module) -> Span | None:
    """Where a node is nested deeper than the compiler's later stages may recurse: the start of
    the innermost statement around it. Iterative, so it works on any tree the parser built."""
    stack: list[tuple[object, int, Span]] = [(module, 0, module.span)]
    while stack:
        node, depth, stmt = stack.pop()
        if isinstance(node, A.Stmt):
            stmt = node.span
        if depth > limits.MAX_TREE_DEPTH:
            return stmt.start()
        for v in vars(node).values():
            if isinstance(v, A.Node):
                stack.append((v, depth + 1, stmt))
            elif isinstance(v, list):
                for x in v:
                    if isinstance(x, A.Node):
                        stack.append((x, depth + 1, stmt))
                    elif isinstance(x, list):  # elif chains, match cases: lists of lists
                        stack.extend((y, depth + 1, stmt) for y in x if isinstance(y, A.Node))
    return None


def mark_2023(module: A.Module) -> None:
    """Check a module as the 2023 dialect: its `def`s may raise, one-argument constructors convert
    implicitly, and the checker allows 2023 conversions (untyped `def` arguments are `object`s)."""
    _legacy_defs_raise(module)
    _legacy_implicit_inits(module)
    module.dialect_2023 = True  # type: ignore[attr-defined]


def _legacy_implicit_inits(module: A.Module) -> None:
    """In the 2023 dialect every one-argument constructor converted implicitly (`alias F: Flag =
    value`, `return value`); Mojo 1.2 asks for `@implicit`, which is what they get here."""
    for s in module.body:
        if not isinstance(s, A.StructDef):
            continue
        for f in s.methods:
            args = [p for p in f.params if p.name != "self" and p.default is None and not p.kw_only]
            if f.name == "__init__" and len(args) == 1 and not args[0].variadic:
                f.decorators.append(A.Name(f.name_span, "implicit"))


def _legacy_defs_raise(module: A.Module) -> None:
    """In the 2023 dialect a `def` could always raise (only `fn` was checked). Not the methods
    that print a value (`write_to` is 1.2 code in a 2023 notebook; `print` calls it as a
    non-raising method, as Writable requires)."""
    for s in module.body:
        methods = s.methods if isinstance(s, A.StructDef) else [s]
        for f in methods:
            if isinstance(f, A.FuncDef) and not f.is_fn and f.name not in _NEVER_RAISE:
                f.raises = True


_NEVER_RAISE = frozenset({"write_to", "write_repr_to"})
