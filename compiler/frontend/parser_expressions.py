"""The expression half of the recursive-descent parser (a mixin of parser.Parser).

Python's precedence, loosest first: conditional expressions, `or`, `and`, `not`, comparisons,
the binary levels of _BINARY_LEVELS, unary operators, `**`, then postfix calls, subscripts,
attributes and the transfer `^`, and atoms (literals, names, t-strings, list/dict/set displays and
comprehensions). Statements, declarations and recovery stay in parser.py.
"""

from __future__ import annotations

from typing import Any

from . import ast as A
from . import legacy_syntax
from .lexer import Token, tokenize

_COMPARE_OPS = {"==", "!=", "<", ">", "<=", ">="}
# Soft keywords usable as ordinary names in expressions.
_SOFT_NAMES = {"out", "mut", "inout", "owned", "borrowed", "ref", "deinit", "read", "raises"}
# Tokens after which `^` is the postfix transfer operator rather than binary xor.
_TRANSFER_FOLLOWERS = {")", ",", "]", "}", ":", "=", ";", "."}  # `suite^.run()`
# Binary operators from loosest to tightest binding (above comparisons).
_BINARY_LEVELS = [["|"], ["^"], ["&"], ["<<", ">>"], ["+", "-"], ["*", "/", "//", "%", "@"]]


class ExpressionParser:
    def type_expr(self) -> A.Expr:
        return self.or_expr()

    def expr_list(self) -> A.Expr:
        """expr, or an unparenthesized tuple `a, b`."""
        e = self.expr()
        if not self.at(","):
            return e
        elts = [e]
        while self.accept(","):
            if self.at_kind("NEWLINE") or self.at("=", ")"):
                break
            elts.append(self.expr())
        return A.TupleExpr(e.span.to(elts[-1].span), elts)

    def expr(self) -> A.Expr:
        return self.nested(self._expr)

    def _expr(self) -> A.Expr:
        if self.at_kind("NAME") and self.peek().text == ":=":  # `(n := f())`: assign, and the value
            name = self.advance()
            self.advance()
            value = self.expr()
            return A.NamedExpr(name.span.to(value.span), A.Name(name.span, name.text), value)
        e = self.or_expr()
        if self.at("if"):
            self.advance()
            cond = self.or_expr()
            self.expect("else", "'else' in the conditional expression")
            other = self.expr()
            return A.IfExp(e.span.to(other.span), cond, e, other)
        return e

    def or_expr(self) -> A.Expr:
        return self._bool_chain("or", self.and_expr)

    def and_expr(self) -> A.Expr:
        return self._bool_chain("and", self.not_expr)

    def _bool_chain(self, op: str, operand: Any) -> A.Expr:
        """`a op b op c`, left-associative, over operands of the next tighter level."""
        e = operand()
        while self.at(op):
            self.advance()
            r = operand()
            e = A.BoolOp(e.span.to(r.span), op, e, r)
        return e

    def not_expr(self) -> A.Expr:
        if self.at("not"):
            t = self.advance()
            self.nest()
            operand = self.not_expr()
            self.nesting -= 1
            return A.UnaryOp(t.span.to(operand.span), "not", operand)
        return self.comparison()

    def comparison(self) -> A.Expr:
        left = self.binary(0)
        ops, rights, spans = [], [], []
        while True:
            t = self.tok
            if t.kind == "OP" and t.text in _COMPARE_OPS:
                op = self.advance().text
            elif self.at("in"):
                self.advance()
                op = "in"
            elif self.at("not") and self.peek().text == "in":
                self.advance()
                self.advance()
                op = "not in"
            elif self.at("is"):
                self.advance()
                op = "is not" if self.accept("not") else "is"
            else:
                break
            ops.append(op)
            spans.append(t.span)
            rights.append(self.binary(0))
        if not ops:
            return left
        return A.Compare(left.span.to(rights[-1].span), left, ops, rights, spans)

    def binary(self, level: int) -> A.Expr:
        if level == len(_BINARY_LEVELS):
            return self.unary()
        e = self.binary(level + 1)
        while self.tok.kind == "OP" and self.tok.text in _BINARY_LEVELS[level]:
            if self.tok.text == "^" and self._is_transfer():
                break
            op = self.advance()
            r = self.binary(level + 1)
            e = A.BinOp(e.span.to(r.span), op.text, e, r, op.span)
        return e

    def _is_transfer(self) -> bool:
        nxt = self.peek()
        return nxt.kind in ("NEWLINE", "EOF") or (nxt.kind == "OP" and nxt.text in _TRANSFER_FOLLOWERS)

    def unary(self) -> A.Expr:
        if self.tok.kind == "OP" and self.tok.text in ("-", "+", "~"):
            t = self.advance()
            self.nest()
            operand = self.unary()
            self.nesting -= 1
            return A.UnaryOp(t.span.to(operand.span), t.text, operand)
        return self.power()

    def power(self) -> A.Expr:
        e = self.postfix()
        if self.at("**"):
            op = self.advance()
            self.nest()
            r = self.unary()  # right-associative, binds tighter than unary on the left
            self.nesting -= 1
            return A.BinOp(e.span.to(r.span), "**", e, r, op.span)
        return e

    def postfix(self) -> A.Expr:
        e = self.atom()
        while True:
            if self.at("("):
                lp = self.advance()
                args, kws = self.call_args(")")
                end = self.expect(")")
                e = A.Call(e.span.to(end.span), e, args, kws, lp.span)
            elif self.at("["):
                self.advance()
                args, kws = self.call_args("]")
                end = self.expect("]")
                e = A.Subscript(e.span.to(end.span), e, args, kws)
            elif self.at("."):
                self.advance()
                n = self.expect_name("an attribute name")
                e = A.Attribute(e.span.to(n.span), e, n.text, n.span)
            elif self.at("^") and self._is_transfer():
                t = self.advance()
                e = A.Transfer(e.span.to(t.span), e)
            elif self.at("{") and isinstance(e, A.Name) and e.id[:1].isupper() and \
                    self.peek().kind == "NAME" and self.peek(2).text == ":":
                e = self.struct_literal(e)
            else:
                return e

    def struct_literal(self, name: A.Name) -> A.Call:
        """`Self {a: 1, b: x}` (2023): the struct built field by field; a call with the fields as
        keywords, marked `struct_literal` for the checker."""
        lb = self.advance()
        kws: list[A.Keyword] = []
        while not self.at("}"):
            n = self.expect_name("a field name")
            self.expect(":", "':' between a field and its value")
            v = self.expr()
            kws.append(A.Keyword(n.span.to(v.span), n.text, v))
            if not self.accept(","):
                break
        end = self.expect("}", "'}' to close the struct literal")
        call = A.Call(name.span.to(end.span), name, [], kws, lb.span)
        call.struct_literal = True  # type: ignore[attr-defined]
        return call

    def list_comp(self, start: Token, elt: A.Expr) -> A.ListComp:
        gens = self.comp_generators()
        end = self.expect("]", "']' to close the list comprehension")
        return A.ListComp(start.span.to(end.span), elt, gens)

    def comp_generators(self) -> list[A.Comprehension]:
        """The `for x in xs if c` clauses of a list, set or dict comprehension."""
        gens = []
        while self.at("for"):
            ft = self.advance()
            names, spans = [], []
            while True:
                n = self.expect_name("a loop variable")
                names.append(n.text)
                spans.append(n.span)
                if not self.accept(","):
                    break
            self.expect("in")
            it = self.or_expr()
            conds = []
            while self.at("if"):
                self.advance()
                conds.append(self.or_expr())
            gens.append(A.Comprehension(ft.span, names, spans, it, conds))
        return gens

    def call_args(self, closer: str) -> tuple[list[A.Expr], list[A.Keyword]]:
        args: list[A.Expr] = []
        kws: list[A.Keyword] = []
        while not self.at(closer):
            if self.tok.kind in ("NAME", "KEYWORD") and self.peek().text == "=" and self.peek().kind == "OP":
                n = self.advance()
                self.advance()
                if closer == "]" and self.at(":"):  # s[byte=:2]
                    v = self.slice_rest(None)
                else:
                    v = self.expr()
                if closer == "]" and self.at(":"):
                    v = self.slice_rest(v)
                kws.append(A.Keyword(n.span.to(v.span), n.text, v))
            else:
                if kws and closer != "]":  # `UnsafePointer[mut=False, T, _]` is a parameter list
                    self.fail("positional argument follows keyword argument", self.tok.span)
                if closer == "]" and self.at(":"):
                    args.append(self.slice_rest(None))
                else:
                    a = self.expr()
                    if closer == "]" and self.at(":"):
                        a = self.slice_rest(a)
                    if closer == "]" and self.at("->"):  # 2023 autotune: search[..., evaluator -> best]
                        a = legacy_syntax.search_result(self, a)
                    args.append(a)
            if not self.accept(","):
                break
        return args, kws

    def tstring(self, t: Token) -> A.Expr:
        """t"a {x} b": a template string, here the String of its pieces written one after another
        (`String("a ", x, " b")`); `{{` and `}}` are braces."""
        text, parts, lit, i = t.value, [], "", 0
        while i < len(text):
            ch = text[i]
            if ch in "{}" and text[i:i + 2] in ("{{", "}}"):
                lit += ch
                i += 2
                continue
            if ch == "{":
                depth, j = 1, i + 1
                while j < len(text) and depth:
                    depth += {"{": 1, "}": -1}.get(text[j], 0)
                    j += 1
                if depth:
                    self.fail("unterminated '{' in a t-string", t.span)
                if lit:
                    parts.append(A.StrLit(t.span, lit))
                    lit = ""
                toks, diags = tokenize(text[i + 1:j - 1], self.file)
                sub = type(self)(toks, self.file)  # the whole parser (parser.Parser)
                sub.nesting = self.nesting
                expr = sub.expr()
                self.diags += diags + sub.diags
                parts.append(expr)
                i = j
                continue
            lit += ch
            i += 1
        if lit or not parts:
            parts.append(A.StrLit(t.span, lit))
        return A.Call(t.span, A.Name(t.span, "String"), parts, [], t.span)

    def slice_rest(self, start: A.Expr | None) -> A.Expr:
        colon = self.expect(":")
        parts: list[A.Expr | None] = [start, None, None]
        if not self.at("]", ",", ":"):
            parts[1] = self.expr()
        if self.accept(":") and not self.at("]", ","):
            parts[2] = self.expr()
        args = [p if p is not None else A.NoneLit(colon.span) for p in parts]
        span = (start.span if start else colon.span).to(self.toks[self.pos - 1].span)
        return A.Call(span, A.Name(colon.span, "slice"), args, [], colon.span)

    def atom(self) -> A.Expr:
        t = self.tok
        if t.kind == "NAME" or (t.kind == "KEYWORD" and t.text in _SOFT_NAMES):
            self.advance()
            return A.Name(t.span, t.text)
        if t.kind == "INT":
            self.advance()
            return A.IntLit(t.span, t.value)
        if t.kind == "FLOAT":
            self.advance()
            return A.FloatLit(t.span, t.value)
        if t.kind == "STRING" and "t" in t.text[:2].lower() and t.text[0] not in "'\"":
            self.advance()
            return self.tstring(t)
        if t.kind == "STRING":
            self.advance()
            value = t.value
            span = t.span
            while self.tok.kind == "STRING":  # implicit concatenation
                nxt = self.advance()
                value += nxt.value
                span = span.to(nxt.span)
            return A.StrLit(span, value)
        if t.kind == "KEYWORD" and (t.text == "fn" and self.peek().text == "(" or self.peek().text == "[") \
                and t.text in ("fn", "def"):
            return legacy_syntax.fn_type(self)  # the 2023 spelling, with names, `/`, parameters
        if t.kind == "KEYWORD" and t.text in ("def", "fn") and self.peek().text == "(":
            self.advance()
            self.expect("(")
            params = []
            while not self.at(")"):
                params.append(self.type_expr())
                if not self.accept(","):
                    break
            end = self.expect(")")
            raises = False
            effects: list[str] = []
            while self.at_kind("NAME") and self.tok.text in ("thin", "capturing", "escaping") or self.at("raises"):
                raises = raises or self.tok.text == "raises"
                if self.tok.text != "raises":
                    effects.append(self.tok.text)
                end = self.advance()
                if end.text == "capturing" and self.at("["):  # `capturing[_]`: the origin set
                    while not self.at("]"):
                        self.advance()
                    end = self.advance()
            ret = self.type_expr() if self.accept("->") else None
            return A.FuncTypeExpr(t.span.to(ret.span if ret else end.span), params, ret, raises, tuple(effects))
        if t.kind == "KEYWORD":
            if t.text in ("True", "False"):
                self.advance()
                return A.BoolLit(t.span, t.text == "True")
            if t.text == "None":
                self.advance()
                return A.NoneLit(t.span)
        if t.kind == "OP":
            if t.text == "(":
                self.advance()
                if self.at(")"):
                    end = self.advance()
                    return A.TupleExpr(t.span.to(end.span), [])
                e = self.expr()
                if self.at(","):
                    elts = [e]
                    while self.accept(","):
                        if self.at(")"):
                            break
                        elts.append(self.expr())
                    end = self.expect(")")
                    return A.TupleExpr(t.span.to(end.span), elts)
                self.expect(")")
                return e
            if t.text == "[":
                self.advance()
                elts = []
                while not self.at("]"):
                    elts.append(self.expr())
                    if len(elts) == 1 and self.at("for"):
                        return self.list_comp(t, elts[0])
                    if not self.accept(","):
                        break
                end = self.expect("]", "']' to close the list")
                return A.ListExpr(t.span.to(end.span), elts)
            if t.text == "{":
                self.advance()
                keys: list[A.Expr] = []
                values: list[A.Expr] | None = None
                while not self.at("}"):
                    k = self.expr()
                    if values is None and not keys and self.at(":"):
                        values = []
                    if values is not None:
                        self.expect(":", "':' between a key and its value")
                        values.append(self.expr())
                    keys.append(k)
                    if len(keys) == 1 and self.at("for"):  # `{x for x in xs}`, `{k: v for k in ks}`
                        gens = self.comp_generators()
                        end = self.expect("}", "'}' to close the comprehension")
                        return A.SetDictComp(t.span.to(end.span), k, values[0] if values else None, gens)
                    if not self.accept(","):
                        break
                end = self.expect("}", "'}' to close the literal")
                if not keys:
                    values = []  # `{}` is an empty Dict
                return A.DictExpr(t.span.to(end.span), keys, values)
            if t.text == "...":
                self.advance()
                return A.Name(t.span, "...")
        if t.kind in ("NEWLINE", "EOF"):
            self.fail("expected an expression", t.span)
        self.fail(f"unexpected '{t.text}'" if t.text else "expected an expression", t.span)

