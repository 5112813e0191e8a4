"""Builtin constructors: `Int(x)`, `Float64(x)`, `String(x)`, `List[T](...)`, `SIMD[...](...)`,
`Codepoint(65)`: the types the checker and codegen lay out themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..frontend import ast as A
from . import types as T
from .builtin_iteration import _is_iterable, list_from_iterable
from .builtin_strings import _as_string, _str_const
from .builtin_support import (
    _args,
    _fail,
    _require_writable,
    _std_call,
    _stdlib_call,
)
from .symbols import TypeSym

if TYPE_CHECKING:
    from .checker import Checker


_STRING_FROM_BYTES = {"unsafe_from_utf8": "_str_from_utf8_unchecked", "from_utf8": "_str_from_utf8",
                      "from_utf8_lossy": "_str_from_utf8_lossy", "capacity_bytes": "_str_with_capacity"}


def construct_builtin(c: Checker, e: A.Call, ty: T.Type, expected: T.Type | None) -> Any:
    """Int(x), Float64(x), String(x), Bool(x), List[T](...), Optional[T](x), Tuple(...)."""
    if isinstance(ty, T.ListType):
        e.args = [c.expr(a) for a in e.args]
        kws = {k.name: k for k in e.keywords}
        if not e.args and not kws:
            e.target, e.bound_args, e.ty = ("list_new",), [], ty
            return
        if set(kws) == {"length", "fill"} and not e.args:
            n = c.coerce(c.expr(kws["length"].value, T.INT), T.INT)
            fill = c.coerce(c.expr(kws["fill"].value, ty.elem), ty.elem)
            e.target, e.bound_args, e.ty = ("list_filled",), [n, fill], ty
            return
        if len(e.args) == 1 and not kws and e.args[0].ty == ty:  # List[Int](other): a copy of an iterable
            e.target, e.bound_args, e.ty = ("list_method", "copy"), [e.args[0]], ty
            return
        if len(e.args) == 1 and not kws and _is_iterable(e.args[0].ty) and not c.convertible(e.args[0], ty.elem):
            return list_from_iterable(c, e, ty, expected)  # List[Int](range(4)), List[String](a_set)
        if set(kws) <= {"capacity"} and not e.args:
            cap = c.coerce(c.expr(kws["capacity"].value, T.INT), T.INT)
            e.target, e.bound_args, e.ty = ("list_new",), [cap], ty
            return
        lst = A.ListExpr(e.span, e.args)
        return c.expr(lst, ty)
    if isinstance(ty, T.OptionalType):
        args = _args(c, e, 0, 1, str(ty))
        if args is None:
            e.ty = ty
            return
        if not args:
            n = A.NoneLit(e.span)
            n.ty = T.NONE
            return c.coerce(n, ty)
        return c.coerce(args[0], ty)
    if isinstance(ty, T.TupleType) and not e.keywords and len(e.args) != 1:
        # Tuple[Int, String](5, "five"): the elements, as a tuple literal of that type.
        return c.expr(A.TupleExpr(e.span, list(e.args)), ty)
    if ty == T.STRING and len(e.keywords) == 1 and not e.args and e.keywords[0].name in _STRING_FROM_BYTES:
        # String(unsafe_from_utf8=bytes), String(from_utf8=bytes) (raises), String(from_utf8_lossy=bytes),
        # String(capacity_bytes=n): written in Mojo (stdlib/collections.string.mojo).
        k = e.keywords[0]
        fname = _STRING_FROM_BYTES[k.name]
        v = c.expr(k.value, T.ListType(T.INT_TYPES["UInt8"]) if k.name != "capacity_bytes" else T.INT)
        return _stdlib_call(c, e, fname, [v])
    if ty == T.STRING and (len(e.args) > 1 or (e.keywords and all(k.name in ("sep", "end") for k in e.keywords))):
        # String(a, b, c, sep=..., end=...): the arguments written one after another.
        args = _args(c, e, 1, 64, "String")
        if args is None:
            e.ty = T.STRING
            return
        for a in args:
            _require_writable(c, a)
        parts: A.Expr = A.ListExpr(e.span, [_as_string(c, a) for a in args])
        parts.ty = T.ListType(T.STRING)
        kw = {k.name: c.coerce(c.expr(k.value, T.STRING), T.STRING) for k in e.keywords}
        return _stdlib_call(c, e, "_str_join_strings", [kw.get("sep", _str_const(e, "")), parts]) \
            if "end" not in kw else _std_call(c, e.span, "_str_concat", [
                _stdlib_call(c, A.Call(e.span, A.Name(e.span, "_"), [], [], e.lparen), "_str_join_strings",
                             [kw.get("sep", _str_const(e, "")), parts]), kw["end"]])
    if isinstance(ty, T.PointerType) and not e.args and len(e.keywords) == 1 and \
            e.keywords[0].name in ("unsafe_from_address", "address"):
        return _pointer_at(c, e, ty)
    if e.keywords:
        return _fail(c, e, f"'{ty}' takes no keyword arguments", e.keywords[0].span)
    if ty == T.CODEPOINT:
        return _codepoint_ctor(c, e)
    if ty == T.ERROR:
        from .builtins import builtin_call  # builtins.py imports this module

        return builtin_call(c, e, "Error", expected)
    args = _args(c, e, 0 if ty in (T.STRING, T.BOOL) or T.is_numeric(ty) else 1, 1, str(ty))
    if args is None:
        e.ty = ty
        return
    e.ty = ty
    if not args:
        zero = {T.STRING: "", T.BOOL: False}.get(ty, 0)
        e.const = zero if not T.is_float(ty) else __import__("fractions").Fraction(0)
        e.target, e.bound_args = ("const",), []
        return
    a = args[0]
    src = a.ty
    if ty == T.STRING:
        if src == T.STR_LIT or (src == T.DTYPE and a.const is not None):
            e.const = a.const if src == T.STR_LIT else T.dtype_name(a.const)
            e.target, e.bound_args = ("const",), []
            return
        _require_writable(c, a)
        e.target, e.bound_args = ("to_string",), [a if src not in T.LITERALS else c.coerce(a, T.materialize(src))]
        return
    if ty == T.BOOL:
        b = c.to_bool(a)
        e.target, e.bound_args = ("identity",), [b]
        if b.const is not None:
            e.const = bool(b.const)
        return
    if src in (T.STRING, T.STR_LIT) and T.is_numeric(ty):
        fname = "_parse_int" if T.is_int(ty) else "_parse_float"
        call = _stdlib_call(c, e, fname, [c.coerce(a, T.STRING)])
        if call.ty != ty and call.ty != T.UNKNOWN:
            conv = A.Convert(e.span, call)
            conv.ty = ty
            return conv
        return call
    if src in (T.INT_LIT, T.FLOAT_LIT):
        if T.is_int(ty):
            import math as _m

            v = a.const
            e.const = ty.wrap(int(v) if src == T.INT_LIT else _m.trunc(v))
        else:  # inf and nan stay floats (a Fraction cannot hold them)
            e.const = a.const if isinstance(a.const, float) else __import__("fractions").Fraction(a.const)
        e.target, e.bound_args = ("const",), []
        return
    if (T.is_numeric(src) or src == T.BOOL or src == T.CODEPOINT) and T.is_numeric(ty):
        conv = A.Convert(e.span, a)
        conv.ty = ty
        return conv
    if isinstance(src, T.StructType) and T.is_numeric(ty):
        dunder = "__int__" if T.is_int(ty) else "__float__"
        if dunder in src.info.methods:
            return c.expr(A.Call(e.span, A.Attribute(e.span, a, dunder, e.span), [], [], e.lparen))
    if isinstance(src, T.PointerType) and ty in (T.INT, T.UINT):  # `Int(p)`: the address
        return c.expr(A.Call(e.span, A.Attribute(e.span, a, "__int__", e.span), [], [], e.lparen))
    c.error(f"cannot construct '{ty}' from '{T.display(src, a.const)}'", a.span)


def _codepoint_ctor(c: Checker, e: A.Call) -> Any:
    """Codepoint(65), Codepoint(UInt8(b)), Codepoint("a")."""
    args = _args(c, e, 1, 1, "Codepoint")
    e.ty = T.CODEPOINT
    if args is None:
        return
    a = args[0]
    if a.ty in (T.STRING, T.STR_LIT):
        inner = _stdlib_call(c, e, "_cp_ord", [c.coerce(a, T.STRING)])
    elif a.ty == T.INT_LIT or T.is_int(a.ty):
        inner = c.coerce(a, T.INT) if a.ty == T.INT_LIT else A.Convert(a.span, a)
        inner.ty = T.INT
    else:
        return _fail(c, e, f"cannot construct 'Codepoint' from '{T.display(a.ty, a.const)}'")
    conv = A.Convert(e.span, inner)
    conv.ty = T.CODEPOINT
    return conv


def _pointer_at(c: Checker, e: A.Call, ty: T.PointerType) -> Any:
    """`UnsafePointer[T, origin](unsafe_from_address=n)` (2024: `address=n`): the pointer to address n,
    made by the library's `__ptr_from_address[T](n)` (the element type reaches it by a scope of its own)."""
    from .support import Scope

    k = e.keywords[0]
    if k.name == "address":
        c.warn("'address=' is the 2024 Mojo spelling; Mojo 1.2 writes 'unsafe_from_address='", k.span)
    c._scope = Scope(c._scope)
    c._scope.names["__pointee"] = TypeSym("__pointee", ty.elem)
    try:
        callee = A.Subscript(e.span, A.Name(e.span, "__ptr_from_address"), [A.Name(e.span, "__pointee")], [])
        call = A.Call(e.span, callee, [A.Call(k.span, A.Name(k.span, "Int"), [k.value], [], e.lparen)], [], e.lparen)
        return c.expr(call)
    finally:
        c._scope = c._scope.parent
