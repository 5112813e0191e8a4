"""Builtins over iterables: reversed, zip, any, all, iter, next, `List[T](iterable)`, and walking a
String's bytes in place (`for b in s.as_bytes()`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..frontend import ast as A
from . import types as T
from .builtin_support import _args, _fail, _stdlib_call

if TYPE_CHECKING:
    from .checker import Checker


def _iter_builtin(c: Checker, e: A.Call, name: str) -> Any:
    """reversed(xs), reversed(range(...)), zip(a, b[, c]), any(xs), all(xs): Lists built in Mojo."""
    n_max = 3 if name == "zip" else 1
    args = _args(c, e, 2 if name == "zip" else 1, n_max, name)
    if args is None:
        return
    a = args[0]
    if name == "reversed":
        if isinstance(a, A.Call) and a.target == ("range",):
            b = list(a.bound_args)
            one = A.IntLit(a.span, 1)
            one.ty, one.const = T.INT, 1
            zero = A.IntLit(a.span, 0)
            zero.ty, zero.const = T.INT, 0
            if len(b) == 1:
                b = [zero, b[0], one]
            elif len(b) == 2:
                b = [b[0], b[1], one]
            return _stdlib_call(c, e, "_range_reversed", b)
        if isinstance(a.ty, T.StructType) and "__reversed__" in a.ty.info.methods:  # Deque
            return c.expr(A.Call(e.span, A.Attribute(e.span, a, "__reversed__", e.span), [], [], e.lparen))
        if isinstance(a.ty, T.StructType) and "keys" in a.ty.info.methods:
            keys = c.expr(A.Call(e.span, A.Attribute(e.span, a, "keys", e.span), [], [], e.lparen))
            return _stdlib_call(c, e, "_list_reversed", [keys])
        if isinstance(a.ty, T.ListType):
            return _stdlib_call(c, e, "_list_reversed", [a])
        return _fail(c, e, f"reversed() needs a List or a range, got '{a.ty}'")
    if name in ("any", "all") and (isinstance(a.ty, T.SimdType) or T.is_numeric(a.ty) or a.ty == T.BOOL):
        # any(v)/all(v) of a SIMD value: whether any/every lane is true (nonzero)
        v = a
        if isinstance(a.ty, T.SimdType) and a.ty.elem != T.BOOL:
            v = c.expr(A.Call(e.span, A.Attribute(e.span, a, "ne", e.span), [A.IntLit(e.span, 0)], [], e.lparen))
        elif not isinstance(a.ty, T.SimdType):
            return c.coerce(c.expr(A.Call(e.span, A.Name(e.span, "Bool"), [a], [], e.lparen)), T.BOOL)
        e.target, e.bound_args, e.ty = ("simd_reduce", "|" if name == "any" else "&"), [v], T.BOOL
        return
    if not all(isinstance(x.ty, T.ListType) for x in args):
        return _fail(c, e, f"{name}() needs Lists here, got " + ", ".join(f"'{x.ty}'" for x in args))
    if name == "zip":
        return _stdlib_call(c, e, "_zip2" if len(args) == 2 else "_zip3", args)
    return _stdlib_call(c, e, "_list_" + name, [a])


def _is_iterable(ty: T.Type) -> bool:
    return isinstance(ty, (T.ListType, T.IterType)) or \
        (isinstance(ty, T.StructType) and ("__iter__" in ty.info.methods or "__next__" in ty.info.methods))


def list_from_iterable(c: Checker, e: A.Call, ty: T.Type | None, expected: T.Type | None) -> Any:
    """`List(iterable)` and `List[T](iterable)`: a new List of the iterable's elements (copies), built
    as the comprehension `[x for x in iterable]`; a List argument is copied whole."""
    arg = c.expr(e.args[0])
    if ty is None and isinstance(arg.ty, T.ListType):
        e.args[0] = arg
        from .builtin_constructors import construct_builtin  # which imports this module

        return construct_builtin(c, e, arg.ty, expected)
    sp = e.span
    name = c._hidden("item")
    comp = A.ListComp(sp, A.Name(sp, name), [A.Comprehension(sp, [name], [sp], arg, [])])
    return c.expr(comp, ty)


def is_as_bytes(e: A.Expr) -> bool:
    """Is e `s.as_bytes()` / `s.bytes()` (a call of _str_as_bytes)?"""
    return isinstance(e, A.Call) and isinstance(e.func, A.Name) and e.func.id == "_str_as_bytes" and len(e.args) == 1


def bytes_iter(e: A.Call) -> A.Call:
    """`for b in s.as_bytes()`: walk the String's bytes in place instead of building the List."""
    it = A.Call(e.span, e.func, e.args, [], e.lparen)
    it.target, it.bound_args, it.ty = ("iter",), [e.args[0]], T.IterType("bytes", T.INT_TYPES["UInt8"])
    return it


def _iter_next(c: Checker, e: A.Call, name: str) -> Any:
    """iter(xs): a _ListIter over a List (or over what a struct's __iter__ gives); next(it): it.__next__()."""
    args = _args(c, e, 1, 1, name)
    if args is None:
        return
    a = args[0]
    if name == "next":
        if isinstance(a.ty, T.StructType) and "__next__" in a.ty.info.methods:
            c.require_mutable(a)
            return c.expr(A.Call(e.span, A.Attribute(e.span, a, "__next__", e.span), [], [], e.lparen))
        return _fail(c, e, f"next() needs an iterator (from iter(...)), got '{a.ty}'")
    if isinstance(a.ty, T.StructType) and "__next__" in a.ty.info.methods:
        return a  # already an iterator
    if isinstance(a.ty, T.StructType) and "__iter__" in a.ty.info.methods:
        a = c.expr(A.Call(e.span, A.Attribute(e.span, a, "__iter__", e.span), [], [], e.lparen))
    if isinstance(a.ty, T.ListType):
        return _stdlib_call(c, e, "_list_iter", [a])
    return _fail(c, e, f"iter() needs a List or a collection, got '{a.ty}'")
