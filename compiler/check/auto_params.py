"""Automatic parameterization: an argument typed with a parametric struct and no parameters
(`def show(b: Box)`, `fn matmul(C: Matrix, A: Matrix, B: Matrix)`) makes the function generic over
that struct's parameters, inferred from the argument at each call, as Mojo does. The body reads
them through the argument (`b.n`, `C.rows`).

Each such argument gets hidden infer-only parameters, one per parameter of the struct (a defaulted
one too: Mojo 1.2 binds it from the argument as well), and its type becomes `Box[__auto0_n]`.
"""

from __future__ import annotations

from typing import Any

from ..frontend import ast as A
from . import types as T
from .symbols import TemplateParam, TypeSym


def parameterize(c: Any, d: A.FuncDef, scope: Any, skip_self: bool) -> list[TemplateParam]:
    """Hidden parameters for d's unparameterized struct arguments (rewriting their types in place)."""
    out: list[TemplateParam] = []
    for i, p in enumerate(d.params):
        if (skip_self and i == 0) or not isinstance(p.type, A.Name):
            continue
        sym = scope.lookup(p.type.id)
        if p.type.id == "SIMD" and isinstance(sym, TypeSym) and sym.ty is None and sym.template is None:
            # the builtin SIMD: `vec: SIMD` is `vec: SIMD[dtype, width]` over both
            hidden = [TemplateParam(f"__auto{i}_dtype", False, T.DTYPE), TemplateParam(f"__auto{i}_size", False, T.INT)]
            for h in hidden:
                h.positional = False
            out.extend(hidden)
            p.type = A.Subscript(p.type.span, A.Name(p.type.span, "SIMD"),
                                 [A.Name(p.type.span, h.name) for h in hidden], [])
            continue
        t = getattr(sym, "template", None) if isinstance(sym, TypeSym) and sym.ty is None else None
        if t is None or not t.params or not isinstance(getattr(t.decl, "name", None), str):
            continue
        if any(tp.variadic for tp in t.params):
            continue
        needed = t.params  # defaulted ones too: `p: Pair` takes a Pair[1, 5] as well as a Pair[1]
        names = []
        for tp in needed:
            hidden = TemplateParam(f"__auto{i}_{tp.name}", tp.is_type, tp.ty)
            hidden.positional = False  # inferred from the argument, never passed as `f[...]`
            out.append(hidden)
            names.append(A.Name(p.type.span, hidden.name))
        p.type = A.Subscript(p.type.span, A.Name(p.type.span, p.type.id), names, [])
    return out
