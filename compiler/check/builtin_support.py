"""Small helpers shared by the checks of builtins (builtins.py, builtin_strings.py): calling a
standard-library function by name, failing a call, and requiring a printable value."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..frontend import ast as A
from . import types as T
from .symbols import OverloadSet

if TYPE_CHECKING:
    from .checker import Checker


def _fail(c: Checker, e: A.Call, msg: str, span: Any = None) -> None:
    c.error(msg, span or e.span)
    c._check_args_loosely(e)


def _std_call(c: Checker, span: Any, fname: str, args: list[A.Expr]) -> A.Call:
    probe = A.Call(span, A.Name(span, fname), [], [], span)
    return _stdlib_call(c, probe, fname, args)


def _stdlib_call(c: Checker, e: A.Call, fname: str, args: list[A.Expr]) -> Any:
    sym = c.globals.names.get(fname)
    assert isinstance(sym, OverloadSet), f"stdlib function {fname} missing"
    call = A.Call(e.span, A.Name(e.func.span, fname), args, [], e.lparen)
    call.func.sym = sym
    c.call_overloads(call, sym.funcs, None, e.func.span)
    return call


def _require_writable(c: Checker, a: A.Expr) -> None:
    ty = a.ty
    if isinstance(ty, T.StructType) and "write_to" in ty.info.methods:
        c.require_method(ty.info, "write_to")
    if isinstance(ty, T.StructType) and "write_to" not in ty.info.methods:
        c.error(f"'{ty}' cannot be printed: it does not implement 'write_to'", a.span,
                fixit=f"add 'def write_to(self, mut writer: Some[Writer]):' to '{ty}' and conform to 'Writable'")
    elif isinstance(ty, (T.ListType, T.OptionalType)):
        _require_writable_type(c, ty.elem, a)
    elif isinstance(ty, T.TupleType):
        for t in ty.elems:
            _require_writable_type(c, t, a)
    elif isinstance(ty, (T.MetaType, T.IterType)) or (isinstance(ty, T.SimpleType) and ty.name in (
            "function", "module", "method")):
        c.error(f"'{ty}' cannot be printed", a.span)


def _require_writable_type(c: Checker, ty: T.Type, a: A.Expr) -> None:
    probe = A.Name(a.span, "_")
    probe.ty = ty
    _require_writable(c, probe)


def require_mutable_receiver(c: Checker, recv: A.Expr, method: str) -> None:
    """A mutating method called on an immutable value, worded as Mojo words it."""
    c.require_mutable(recv, message=f"invalid call to '{method}': invalid use of mutating method on rvalue "
                                    f"of type '{recv.ty}'")


def _args(c: Checker, e: A.Call, n_min: int, n_max: int, name: str) -> list[A.Expr] | None:
    saved = getattr(c, "_call_lparen", None)
    c._call_lparen = e.lparen
    e.args = [c.expr(a) for a in e.args]
    c._call_lparen = saved
    if not n_min <= len(e.args) <= n_max:
        want = str(n_min) if n_min == n_max else f"{n_min} to {n_max}"
        c.error(f"'{name}' takes {want} argument{'s' if n_max != 1 else ''}, got {len(e.args)}", e.lparen)
        e.ty = T.UNKNOWN
        return None
    if any(a.ty == T.UNKNOWN for a in e.args):
        e.ty = T.UNKNOWN
        return None
    return e.args
