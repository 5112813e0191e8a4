"""`target op= value` evaluates the parts of its target once, as Mojo does: `xs[f()] += 1` calls f once
(the read and the write of the element share it), `d[key()] += 1` likewise, and `obj.at(i) += v` or
`get(b).items[i] += v` call the `-> ref` function once. An index that is not a literal or a name is
computed first into a hidden variable; a `-> ref` call on the way is bound first with `ref`."""

from __future__ import annotations

from typing import Any

from ..frontend import ast as A


def _pure(e: A.Expr) -> bool:
    """Reading e twice is the same as reading it once (a literal, a name, a field of one)."""
    if isinstance(e, (A.IntLit, A.FloatLit, A.StrLit, A.BoolLit, A.Name)):
        return True
    if isinstance(e, A.UnaryOp) and e.op == "-":
        return _pure(e.operand)
    if isinstance(e, A.Attribute):
        return _pure(e.value)
    return False


def _is_ref_call(e: A.Expr) -> bool:
    """A checked call of a `-> ref` function (the checker makes it `call(...)[]`)."""
    return isinstance(e, A.Subscript) and not e.indices and isinstance(e.value, A.Call) \
        and bool(getattr(e.value, "target", None)) and e.value.target[0] == "func" \
        and getattr(e.value.target[1], "returns_ref", False)


def hoist_target(c: Any, s: A.AugAssign) -> list[A.Stmt]:
    """Check and return the declarations that compute s.target's parts once, rewriting s.target to use them.
    They are built before the statement (ir/builder.py, stmt_AugAssign)."""
    out: list[A.Stmt] = []

    def hidden(e: A.Expr, base: str, is_ref: bool) -> A.Name:
        name = c._hidden(base)
        decl = A.VarDecl(e.span, [name], [e.span], None, e, is_ref=is_ref)
        c.stmt(decl)
        out.append(decl)
        return A.Name(e.span, name)

    def walk(e: A.Expr) -> A.Expr:
        if isinstance(e, A.Call):
            checked = c.expr(e)
            return hidden(checked, "ref", True) if _is_ref_call(checked) else checked
        if isinstance(e, A.Attribute):
            e.value = walk(e.value)
        elif isinstance(e, A.Subscript) and e.ty is None:
            e.value = walk(e.value)
            for i, ix in enumerate(e.indices):
                if not _pure(ix) and not (isinstance(ix, A.Call) and isinstance(ix.func, A.Name)
                                          and ix.func.id == "slice"):
                    e.indices[i] = hidden(ix, "idx", False)
        return e

    s.target = walk(s.target)
    return out
