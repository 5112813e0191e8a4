"""List operators and methods checked as builtins (`xs + ys`, `xs == ys`, `xs.append(v)`, ...).

Each sets `Call.target` to ("list_method", NAME) for what codegen lays out itself, or becomes a call
of the Mojo function `_list_NAME` of stdlib/collections.mojo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..frontend import ast as A
from . import types as T
from .builtin_support import _std_call, require_mutable_receiver
from .support import _dot
from .symbols import OverloadSet

if TYPE_CHECKING:
    from .checker import Checker


def list_binop(c: Checker, e: A.BinOp) -> None:
    """List + List and List * n, written in Mojo (stdlib/collections.mojo)."""
    lt = e.left.ty
    if e.op == "+" and c.convertible(e.right, lt):
        c._note_copy(e.right)  # List.__add__ takes `var other`: a variable needs `^` or `.copy()`
        e.call = _std_call(c, e.op_span or e.span, "_list_concat", [e.left, c.coerce(e.right, lt)])
    elif e.op == "*" and (T.is_int(e.right.ty) or e.right.ty == T.INT_LIT):
        e.call = _std_call(c, e.op_span or e.span, "_list_repeat", [e.left, c.coerce(e.right, T.INT)])
    else:
        c.error(f"cannot use '{e.op}' on '{lt}' and '{e.right.ty}'", e.op_span or e.span)
        e.ty = T.UNKNOWN
        return
    e.ty = e.call.ty


def list_eq(c: Checker, a: A.Expr, b: A.Expr, span: Any) -> A.Call:
    if isinstance(a.ty.elem, T.StructType):
        c.require_method(a.ty.elem.info, "__eq__")
    return _std_call(c, span, "_list_eq", [a, b])


_LEGACY_LIST_METHODS = {"push_back": "append", "pop_back": "pop"}


def _list_method(c: Checker, e: A.Call, recv: A.Expr, ty: T.ListType, name: str) -> Any:
    if name in _LEGACY_LIST_METHODS:
        new = _LEGACY_LIST_METHODS[name]
        c.warn(f"'DynamicVector.{name}' is the 2023 Mojo spelling; Mojo 1.2 writes 'List.{new}'", e.func.attr_span)
        name = new
    args = e.args
    el = ty.elem
    mutating = {"append", "insert", "pop", "clear", "extend", "reverse"}
    sig = {"append": 1, "insert": 2, "clear": 0, "copy": 0, "index": 1, "extend": 1, "reverse": 0,
           "__len__": 0, "count": 1}
    if name == "pop" and len(args) <= 1:
        bound = [recv] + ([c.coerce(args[0], T.INT)] if args else [])
        e.target, e.bound_args, e.ty = ("list_method", "pop"), bound, el
    elif name in sig and len(args) == sig[name] and not e.keywords:
        if name == "append":
            v = c.expr(args[0], el)
            if v.ty != el and v.ty != T.UNKNOWN and el != T.UNKNOWN and not c.convertible(v, el):
                c.error(f"invalid call to 'append': value passed to 'value' cannot be converted from "
                        f"'{T.display(v.ty, v.const)}' to '{el}'", v.span)
                e.ty = T.UNKNOWN
                return
            bound = [recv, c.coerce(v, el)]
            c._note_copy(bound[1])
            e.ty = T.NONE
        elif name == "insert":
            bound = [recv, c.coerce(args[0], T.INT), c.coerce(args[1], el)]
            e.ty = T.NONE
        elif name in ("index", "count"):
            if isinstance(el, T.StructType):
                c.require_method(el.info, "__eq__")
            if not _equatable(el):
                c.error(f"'{el}' values cannot be compared with '=='", e.span)
            bound = [recv, c.coerce(args[0], el)]
            e.ty = T.INT
            if name == "index" and c._ctx is not None and not c._ctx.can_raise:
                c.error("cannot call function that may raise in a context that cannot raise", e.lparen,
                        fixit="List.index raises when the value is missing; wrap it in 'try'")
        elif name == "extend":
            bound = [recv, c.coerce(args[0], ty)]
            e.ty = T.NONE
        elif name == "copy":
            bound = [recv]
            e.ty = ty
        else:
            bound = [recv]
            e.ty = T.INT if name == "__len__" else T.NONE
        e.target, e.bound_args = ("list_method", name), bound
    elif isinstance(c.globals.names.get("_list_" + name), OverloadSet):
        # Methods written in Mojo (stdlib/collections.mojo): `_list_NAME(xs, args...)`.
        call = A.Call(e.span, A.Name(e.func.span, "_list_" + name), [recv] + list(args), e.keywords, e.lparen)
        call.func.sym = c.globals.names["_list_" + name]
        c.call_overloads(call, call.func.sym.funcs, None, e.func.span)
        return call
    elif name not in sig and name != "pop":
        c.error(f"'{ty}' value has no attribute '{name}'", _dot(e.func.attr_span))
        e.ty = T.UNKNOWN
        return
    else:
        c.error(f"'{ty}' value has no method '{name}' taking {len(args)} argument(s)", e.func.attr_span)
        e.ty = T.UNKNOWN
        return
    if name in mutating:
        require_mutable_receiver(c, recv, name)


def _equatable(t: T.Type) -> bool:
    return T.is_numeric(t) or t in (T.STRING, T.BOOL) or (isinstance(t, T.StructType) and "__eq__" in t.info.methods)
