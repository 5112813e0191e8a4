"""2023 autotuning (`@adaptive`, `autotune(...)`, `search[...]`), rewritten into ordinary code
right after parsing.

The 2023 Playground compiled one candidate of an `@adaptive` function per value of each
`alias x = autotune(v1, v2, ...)` in it, and `search[fn_type, VariadicList(f.__adaptive_set),
evaluator -> best]()` ran the user's evaluator (which times the candidates it is given and
returns the index of the best) once, during compilation, binding `alias best: fn_type` to the
winner. Mojito does the same work, except that the evaluator runs when the program first reaches
the `search`, not while compiling:

    @adaptive fn f(...)                  f (the first values), f__adaptive_1, ... f__adaptive_{n-1}:
                                         every candidate is compiled (a product of the values when
                                         there are several `autotune` aliases);
                                         `alias f__adaptive_count = n` and
                                         `fn f__adaptive_candidate(i: Int) -> fn_type`
    alias best: T                        removed; the `search` below declares `best`
    search[T, VariadicList(f.__adaptive_set), ev -> best]()
                                         the candidates go into a `Pointer[T]`, `ev(p, n)` picks one
                                         (once per process or notebook session: the choice is
                                         remembered under f's name, _autotune_choice), and
                                         `var best = f__adaptive_candidate(choice)`

So the evaluator really times every candidate, as in 2023, and later calls reuse its choice
(the 2023 compile-time search also ran once). Warnings name what Mojo 1.2 has instead (nothing:
autotuning was removed; 1.2 code picks the parameter, e.g. with its benchmark module).
"""

from __future__ import annotations

import copy
import itertools
import zlib
from typing import Any

from ..diagnostics import Diagnostic, Span
from . import ast as A


def uses_autotune(text: str) -> bool:
    return "autotune" in text or "adaptive" in text or "search[" in text or "alias " in text


def desugar(module: A.Module) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    body: list[A.Stmt] = []
    for s in module.body:
        if isinstance(s, A.FuncDef) and _decorator(s, "adaptive") is not None:
            body.extend(_adaptive(s, diags))
        else:
            body.append(s)
    module.body = body
    _Searches(diags).node(module)
    return diags


def _decorator(f: A.FuncDef, name: str) -> Any:
    return next((d for d in f.decorators if isinstance(d, A.Name) and d.id == name), None)


def _warn(diags: list[Diagnostic], msg: str, span: Any) -> None:
    diags.append(Diagnostic("warning", msg, span))


# ---------------------------------------------------------------- @adaptive functions
def _tuning_aliases(node: Any, out: list[A.Comptime]) -> None:
    """The `alias x = autotune(...)` statements anywhere in a function (nested closures too)."""
    if isinstance(node, A.Comptime) and isinstance(node.value, A.Call) and \
            isinstance(node.value.func, A.Name) and node.value.func.id == "autotune":
        out.append(node)
        return
    if isinstance(node, list):
        for x in node:
            _tuning_aliases(x, out)
    elif isinstance(node, A.Node):
        for v in vars(node).values():
            if isinstance(v, (list, A.Node)):
                _tuning_aliases(v, out)


def _adaptive(f: A.FuncDef, diags: list[Diagnostic]) -> list[A.Stmt]:
    deco = _decorator(f, "adaptive")
    f.decorators = [d for d in f.decorators if d is not deco]
    _warn(diags, "'@adaptive' and 'autotune' are the 2023 Mojo spelling; Mojo 1.2 has no autotuning "
          "(pick the value yourself, e.g. by timing the choices with the benchmark module)", deco.span)
    aliases: list[A.Comptime] = []
    _tuning_aliases(f.body, aliases)
    choices = [a.value.args or [A.IntLit(a.value.span, 0)] for a in aliases]
    combos = list(itertools.product(*choices)) if aliases else [()]
    candidates: list[A.FuncDef] = []
    for i, combo in enumerate(combos):
        for a, v in zip(aliases, combo):
            a.value = v  # set on the original, then copied: each copy keeps its own values
        c = copy.deepcopy(f) if i else f
        if i:
            c.name = f"{f.name}__adaptive_{i}"
        candidates.append(c)
    # The candidates were copied in order; only the first (f itself) must get its values back.
    for a, v in zip(aliases, combos[0]):
        a.value = v
    span = f.span
    count = A.Comptime(span, f"{f.name}__adaptive_count", span, None, A.IntLit(span, len(candidates)))
    ftype = A.FuncTypeExpr(span, [copy.deepcopy(p.type) for p in f.params if p.type is not None],
                           copy.deepcopy(f.ret), f.raises)
    body: list[A.Stmt] = []
    for i, c in enumerate(candidates[1:], 1):
        test = A.Compare(span, A.Name(span, "__i"), ["=="], [A.IntLit(span, i)])
        body.append(A.If(span, test, [A.Return(span, A.Name(span, c.name))], []))
    body.append(A.Return(span, A.Name(span, f.name)))
    pick = A.FuncDef(span, f"{f.name}__adaptive_candidate", span,
                     [A.Param(span, "__i", A.Name(span, "Int"), None, "read")], ftype, f.raises, body)
    pick.is_fn = True
    return [*candidates, count, pick]


# ---------------------------------------------------------------- search[...]()
_SEARCH = """
var __at_p{k} = Pointer[__at_T].alloc({f}__adaptive_count)
for __at_i{k} in range({f}__adaptive_count):
    __at_p{k}.store(__at_i{k}, {f}__adaptive_candidate(__at_i{k}))
var __at_c{k} = _autotune_choice({key})
if __at_c{k} < 0 or __at_c{k} >= {f}__adaptive_count:
    __at_c{k} = __at_ev(__at_p{k}, {f}__adaptive_count)
    _autotune_remember({key}, __at_c{k})
__at_p{k}.free()
var {best} = {f}__adaptive_candidate(__at_c{k})
"""


class _Searches:
    """Rewrites each `search[...]()` statement (and removes the `alias best: T` it fills)."""

    def __init__(self, diags: list[Diagnostic]) -> None:
        self.diags = diags
        self.count = 0

    def node(self, node: Any) -> None:
        if isinstance(node, A.Node):
            for name, v in vars(node).items():
                if isinstance(v, list) and v and all(isinstance(x, A.Stmt) for x in v):
                    setattr(node, name, self.block(v))
                elif isinstance(v, (list, A.Node)):
                    self.node(v)
        elif isinstance(node, list):
            for x in node:
                self.node(x)

    def block(self, stmts: list[A.Stmt]) -> list[A.Stmt]:
        out: list[A.Stmt] = []
        for s in stmts:
            parts = _search_parts(s)
            if parts is None:
                self.node(s)
                out.append(s)
                continue
            ftype, adaptive, result = parts
            if adaptive is None or result is None:
                self.diags.append(Diagnostic("error", "search[...] takes the function type, "
                                             "VariadicList(f.__adaptive_set) of an @adaptive function f, and "
                                             "'evaluator -> name'", s.span))
                continue
            best = result.right.id
            # The `alias best: T` this search fills is declared by it instead.
            out = [x for x in out if not (isinstance(x, A.Comptime) and x.value is None and x.name == best)]
            out.extend(self.expand(s, ftype, adaptive, result.left, best))
        for s in out:
            if isinstance(s, A.Comptime) and s.value is None:
                self.diags.append(Diagnostic("error", f"the alias '{s.name}' needs a value ('= ...'); only a "
                                             "2023 'search[..., evaluator -> " + s.name + "]()' may fill it later",
                                             s.span))
        return out

    def expand(self, s: A.Stmt, ftype: A.Expr, f: str, ev: A.Expr, best: str) -> list[A.Stmt]:
        from .parser import Parser  # here: parser.py imports this module's neighbour, not this one
        from .lexer import tokenize
        self.count += 1
        key = zlib.crc32(f.encode()) & 0x7FFFFFFF
        text = _SEARCH.format(k=self.count, f=f, key=key, best=best)
        tokens, _ = tokenize(text.lstrip("\n"), s.span.file)
        stmts = Parser(tokens, s.span.file).parse_module().body
        _respan(stmts, s.span, {"__at_T": ftype, "__at_ev": ev})
        _warn(self.diags, "'search[...]' is the 2023 Mojo spelling of autotuning; Mojo 1.2 has none (here the "
              "evaluator runs once, the first time this code runs, and its choice is kept)", s.span)
        return stmts


def _search_parts(s: A.Stmt) -> tuple[A.Expr, str | None, A.BinOp | None] | None:
    """(fn_type, the @adaptive function's name, `ev -> best`) of `search[...]()`, else None."""
    if not (isinstance(s, A.ExprStmt) and isinstance(s.expr, A.Call) and not s.expr.args
            and isinstance(s.expr.func, A.Subscript) and isinstance(s.expr.func.value, A.Name)
            and s.expr.func.value.id == "search" and len(s.expr.func.indices) == 3):
        return None
    ftype, cands, result = s.expr.func.indices
    if isinstance(cands, A.Call) and isinstance(cands.func, A.Name) and cands.func.id == "VariadicList" \
            and len(cands.args) == 1:
        cands = cands.args[0]
    adaptive = cands.value.id if isinstance(cands, A.Attribute) and cands.attr == "__adaptive_set" \
        and isinstance(cands.value, A.Name) else None
    ok = isinstance(result, A.BinOp) and result.op == "->" and isinstance(result.right, A.Name)
    return ftype, adaptive, result if ok else None


def _respan(node: Any, span: Any, subst: dict[str, A.Expr]) -> None:
    """Gives generated code the `search` statement's position and puts the user's expressions in."""
    if isinstance(node, list):
        for i, x in enumerate(node):
            if isinstance(x, A.Name) and x.id in subst:
                node[i] = copy.deepcopy(subst[x.id])
            elif isinstance(x, Span):
                node[i] = span
            else:
                _respan(x, span, subst)
    elif isinstance(node, A.Node):
        for name, v in vars(node).items():
            if isinstance(v, A.Name) and v.id in subst:
                setattr(node, name, copy.deepcopy(subst[v.id]))
            elif isinstance(v, (list, A.Node)):
                _respan(v, span, subst)
            elif isinstance(v, Span):
                setattr(node, name, span)
        if hasattr(node, "span"):
            node.span = span
