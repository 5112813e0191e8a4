"""2023-dialect syntax the parser hands over here (kept out of parser.py, which is already large).

- `fn(...)` function types as the 2023 notebooks wrote them: named parameters and `/`
  (`fn(C: Matrix, A: Matrix, B: Matrix, /) -> None`), `borrowed` (an error for `inout`/`owned`:
  function values have no argument conventions here yet), and
  parametric ones (`fn[tile_x: Int, tile_y: Int](Int, Int) capturing -> None`, the type of the
  notebooks' own `tile` helper's parameter). A name and a convention do not change the type (a
  function's type is its parameter and result types), so names are skipped; the compile-time
  parameters are kept on the node as `type_params`.
- `search[T, candidates, evaluator -> best]()` (autotune): the `evaluator -> best` argument
  becomes `A.BinOp("->")`, consumed by frontend/autotune2023.py.
"""

from __future__ import annotations

from typing import Any

from . import ast as A

_CONVENTIONS = ("inout", "owned", "borrowed", "mut", "read", "var", "out", "deinit", "ref")  # `inout x: T`


def fn_type(p: Any) -> A.FuncTypeExpr:
    """`fn[...](...) effects -> R` at `p.tok` (the `fn` keyword)."""
    t = p.advance()
    tparams = p.type_params() if p.at("[") else []
    p.expect("(")
    params: list[A.Expr] = []
    while not p.at(")"):
        if p.at("/") or (p.at("*") and p.peek().text in (",", ")")):
            p.advance()  # positional-only / keyword-only markers: not part of the type
        else:
            while p.tok.text in _CONVENTIONS and p.peek().text not in (",", ")", ":", "["):
                conv = p.advance()
                if conv.text not in ("borrowed", "read"):
                    # A function value's parameters are passed by value here (T.FuncType has no
                    # conventions), so a mutable or owned one would be called wrongly.
                    p.fail(f"'{conv.text}' parameters in a function type are not supported yet; only "
                           "borrowed (the default) ones", conv.span)
            if p.tok.kind in ("NAME", "KEYWORD") and p.peek().text == ":":
                p.advance()  # a parameter's name
                p.advance()
            params.append(p.type_expr())
        if not p.accept(","):
            break
    end = p.expect(")")
    raises = False
    effects: list[str] = []
    while (p.at_kind("NAME") and p.tok.text in ("thin", "capturing", "escaping")) or p.at("raises"):
        raises = raises or p.tok.text == "raises"
        if p.tok.text != "raises":
            effects.append(p.tok.text)
        end = p.advance()
        if end.text == "capturing" and p.at("["):  # `capturing[_]`: the origin set
            while not p.at("]"):
                p.advance()
            end = p.advance()
    ret = p.type_expr() if p.accept("->") else None
    te = A.FuncTypeExpr(t.span.to(ret.span if ret else end.span), params, ret, raises)
    te.effects = tuple(effects)  # `capturing` tells a closure parameter from a function-value type
    te.type_params = tparams  # type: ignore[attr-defined]
    return te


def search_result(p: Any, value: A.Expr) -> A.Expr:
    """`evaluator -> best` inside `search[...]`, with `p` at the `->`."""
    arrow = p.advance()
    n = p.expect_name("the name of the alias that receives the search's result")
    return A.BinOp(value.span.to(n.span), "->", value, A.Name(n.span, n.text), arrow.span)


def untyped_def_arguments(module: A.Module) -> bool:
    """Whether a top-level `def` (or a struct's `def` method) has an argument without a type: Mojo
    1.2 rejects that, the 2023 dialect made it an `object`. A notebook cell like that is read as
    2023 code (compiler/session.py); a program file keeps 1.2's error."""
    for s in module.body:
        funcs = s.methods if isinstance(s, A.StructDef) else [s]
        for f in funcs:
            if isinstance(f, A.FuncDef) and not f.is_fn and any(
                    p.type is None and p.name != "self" and not p.variadic for p in f.params):
                return True
    return False
