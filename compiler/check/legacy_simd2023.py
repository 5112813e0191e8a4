"""SIMD's static forms of 2023 and early 2024, so that those notebooks run (issue 11):

    SIMD.splat[DType.uint8, 8](x)              Mojo 1.2: SIMD[DType.uint8, 8](x)
    SIMD[size=w].load(ptr, offset)             Mojo 1.2: ptr.load[width=w](offset)
    Scalar.load(ptr, offset)                   Mojo 1.2: ptr.load(offset)
    SIMD[size=w].store(ptr, offset, value)     Mojo 1.2: ptr.store(offset, value)

Each becomes the pointer's own simd_load/simd_store (the 2023 pointer methods, which DTypePointer
and Mojo 1.2's pointers both answer in 2023 code), with a warning naming the 1.2 spelling.
Only the builtin `SIMD`/`Scalar` are read this way: a user's struct of that name is left alone.
"""

from __future__ import annotations

from typing import Any

from ..frontend import ast as A
from . import types as T


def _builtin(c: Any, name: str) -> bool:
    """`SIMD`/`Scalar` name the library's generic SIMD (a user's own struct of that name has a type)."""
    ty = getattr(c._scope.lookup(name), "ty", None)
    of = ty.of if isinstance(ty, T.MetaType) else ty
    return of is None or isinstance(of, T.SimdType)


def static_call(c: Any, e: A.Call, expected: Any) -> Any:
    """The rewritten call's checked result; NotImplemented if e is none of the forms above."""
    f = e.func
    if isinstance(f, A.Subscript) and isinstance(f.value, A.Attribute) and f.value.attr == "splat" \
            and isinstance(f.value.value, A.Name) and f.value.value.id == "SIMD" and _builtin(c, "SIMD") \
            and len(f.indices) == 2 and len(e.args) == 1:
        c.warn("'SIMD.splat[dtype, width](x)' is the 2023 Mojo spelling; Mojo 1.2 writes 'SIMD[dtype, width](x)'",
               f.value.attr_span)
        ty = A.Subscript(f.span, A.Name(f.value.value.span, "SIMD"), list(f.indices), [])
        return c.expr(A.Call(e.span, ty, list(e.args), [], e.lparen), expected)
    if not (isinstance(f, A.Attribute) and f.attr in ("load", "store")):
        return NotImplemented
    base, width = f.value, None
    if isinstance(base, A.Subscript) and isinstance(base.value, A.Name) and base.value.id == "SIMD" \
            and not base.indices and [k.name for k in base.keywords] == ["size"]:
        width = base.keywords[0].value  # SIMD[size=w]
    elif isinstance(base, A.Subscript) and isinstance(base.value, A.Name) and base.value.id == "SIMD" \
            and len(base.indices) == 2 and not base.keywords:
        width = base.indices[1]  # SIMD[dtype, w]
    elif isinstance(base, A.Name) and base.id in ("Scalar", "SIMD"):
        width = A.IntLit(base.span, 1) if base.id == "Scalar" else None
    else:
        return NotImplemented
    name = base.value.id if isinstance(base, A.Subscript) else base.id
    nargs = 2 if f.attr == "load" else 3
    if not _builtin(c, name) or len(e.args) not in (nargs - 1, nargs) or e.keywords:
        return NotImplemented
    ptr, rest = e.args[0], list(e.args[1:])
    if f.attr == "store" and len(rest) == 1:
        rest.insert(0, A.IntLit(e.span, 0))
    if f.attr == "load" and not rest:
        rest = [A.IntLit(e.span, 0)]
    if width is None:
        if f.attr == "load":
            return NotImplemented  # `SIMD.load(p, i)` without a width: nothing to read it from
        value = rest[-1] = c.expr(rest[-1])
        if not isinstance(value.ty, T.SimdType):
            return NotImplemented
        width = A.IntLit(e.span, value.ty.width)
    spelling = "ptr.load[width=w](offset)" if f.attr == "load" else "ptr.store(offset, value)"
    c.warn(f"'{name}.{f.attr}(ptr, ...)' is the 2024 Mojo spelling; Mojo 1.2 writes '{spelling}'", f.attr_span)
    meth = A.Attribute(f.span, ptr, "simd_" + f.attr, f.attr_span)
    callee = A.Subscript(f.span, meth, [width], [])
    return c.expr(A.Call(e.span, callee, rest, [], e.lparen), expected)


def lanes_of(ty: Any) -> tuple[Any, int] | None:
    """(element type, width) of a SIMD type or a scalar one (Float32, UInt8, Bool); None otherwise."""
    if isinstance(ty, T.SimdType):
        return ty.elem, ty.width
    if isinstance(ty, (T.IntType, T.FloatType)) or ty == T.BOOL:
        return ty, 1
    return None


def attribute(c: Any, e: A.Attribute, ty: Any, of_type: bool) -> bool:
    """`v.dtype` (Mojo 1.2), and 2024's `v.element_type`, `v.type` and `SIMD[dt, w].size`, on a SIMD
    value (or type, `of_type`). False if e is none of these."""
    lanes = lanes_of(ty)
    if lanes is None or (ty == T.INT and e.attr != "dtype"):
        return False
    elem, width = lanes
    if e.attr == "dtype" or (e.attr in ("element_type", "type") and c.dialect_2023):
        if e.attr != "dtype":
            c.warn(f"'.{e.attr}' of a SIMD is the 2024 Mojo spelling; Mojo 1.2 writes '.dtype'", e.attr_span)
        e.ty, e.const = T.DTYPE, elem
        return True
    if e.attr == "size" and (of_type or not isinstance(ty, T.SimdType)) and c.dialect_2023:
        c.warn("'SIMD[...].size' is the 2024 Mojo spelling; Mojo 1.2 knows the width from the type",
               e.attr_span)
        e.ty, e.const = T.INT, width
        return True
    return False
