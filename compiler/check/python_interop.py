"""Checking Python's dynamic operations on a `PythonObject` (std.python).

PythonObject is an ordinary library struct (stdlib/python.mojo) for everything Mojo spells with
dunder methods (`a + b`, `a[k]`, `len(a)`, `x in a`, `print(a)`). What a struct cannot declare is
rewritten here into calls of the library's `_py_*` functions:

    obj.name            obj.__getattr__("name")
    obj.name = v        obj.__setattr__("name", v)
    f(a, b, key=v)      _py_call(f, [a, b], ["key"], [v])     (f a PythonObject; arguments convert
                                                                implicitly: @implicit constructors)
    obj[a:b]            obj[_py_slice(a, b, step)]
    for x in obj        for x in _py_iter_items(obj)
    Int(py=obj)         _py_to_int(obj)   (Float64, String, Bool likewise)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..frontend import ast as A
from . import types as T

if TYPE_CHECKING:
    from .checker import Checker

_FROM_PY = {"Int": "_py_to_int", "Float64": "_py_to_float", "String": "_py_to_string", "Bool": "_py_to_bool"}


def is_python_object(ty: Any) -> bool:
    return isinstance(ty, T.StructType) and ty.info.name == "PythonObject" and \
        ty.info.decl.span.file.startswith("<std>")


def _std_call(c: Checker, span: Any, fname: str, args: list[A.Expr]) -> A.Expr:
    from .builtin_support import _std_call as call
    return call(c, span, fname, args)


def _str(span: Any, text: str) -> A.Expr:
    return A.StrLit(span, text)  # checked where used: the library's String parameter takes it


def _list(c: Checker, span: Any, items: list[A.Expr], elem: T.Type) -> A.Expr:
    lst = A.ListExpr(span, items)
    return c.expr(lst, T.ListType(elem))


def get_attribute(c: Checker, e: A.Attribute) -> A.Expr:
    """`obj.name` (e.value already checked)."""
    return c.method_call(e.value, e.value.ty.info, "__getattr__", [_str(e.attr_span, e.attr)], e.attr_span)


def set_attribute(c: Checker, s: A.Assign, tgt: A.Attribute) -> None:
    """`obj.name = value`: an Assign whose target is the setter call (as for `__setitem__`)."""
    call = c.method_call(tgt.value, tgt.value.ty.info, "__setattr__", [_str(tgt.attr_span, tgt.attr), s.value],
                         tgt.attr_span)
    s.target = call
    tgt.ty = T.NONE


_FAST_ARGS = 3  # calls with this many positional arguments or fewer go through vectorcall


def _arg(c: Checker, a: A.Expr, obj_ty: T.Type) -> A.Expr:
    """An argument of a Python call: a literal `[...]`/`{...}` there is a Python list/dict/set."""
    literal = isinstance(a, (A.ListExpr, A.DictExpr)) or (isinstance(a, A.TupleExpr) and c.dialect_2023)
    return c.expr(a, obj_ty if literal else None)  # a 2023 `(h, w)` is a Python tuple


def dict_or_set_literal(c: Checker, e: A.DictExpr, obj_ty: T.Type) -> A.Expr:
    """`{k: v, ...}` or `{a, b}` where a PythonObject is expected."""
    keys = _list(c, e.span, [c.expr(k, obj_ty) for k in e.keys], obj_ty)
    if e.values is None:
        return _std_call(c, e.span, "_py_set_from", [keys])
    values = _list(c, e.span, [c.expr(v, obj_ty) for v in e.values], obj_ty)
    return _std_call(c, e.span, "_py_dict_from", [keys, values])


def is_python_module(ty: Any) -> bool:
    """The library struct `Python` (`Python.import_module`, `Python.dict`, ...)."""
    return isinstance(ty, T.StructType) and ty.info.name == "Python" and ty.info.decl.span.file.startswith("<std>")


def keyword_dict(c: Checker, e: A.Call, python: T.StructType) -> A.Expr:
    """`Python.dict(a=1, b="x")`: a dict of the keyword arguments."""
    obj_ty = python.info.methods["dict"].funcs[0].ret
    if e.args:
        c.error("Python.dict takes keyword arguments only, e.g. 'Python.dict(a=1)'", e.args[0].span)
    keys = _list(c, e.lparen, [_str(k.span, k.name) for k in e.keywords], obj_ty)
    values = _list(c, e.lparen, [_arg(c, k.value, obj_ty) for k in e.keywords], obj_ty)
    return _std_call(c, e.span, "_py_dict_from", [keys, values])


def call_value(c: Checker, e: A.Call, callee: A.Expr) -> A.Expr:
    """`callee(args, key=value)` where callee is a checked PythonObject expression."""
    obj_ty = callee.ty
    args = [_arg(c, a, obj_ty) for a in e.args]
    if not e.keywords and len(args) <= _FAST_ARGS:
        return _std_call(c, e.span, f"_py_call{len(args)}", [callee, *args])
    kw_values = [_arg(c, k.value, obj_ty) for k in e.keywords]
    call = _std_call(c, e.span, "_py_call", [
        callee,
        _list(c, e.lparen, args, obj_ty),
        _list(c, e.lparen, [_str(k.span, k.name) for k in e.keywords], T.STRING),
        _list(c, e.lparen, kw_values, obj_ty),
    ])
    return call


def method_call(c: Checker, e: A.Call, receiver: A.Expr, name: str, name_span: Any) -> A.Expr:
    """`obj.name(args)` where name is not a method of PythonObject: Python's attribute, called."""
    if not e.keywords and len(e.args) <= _FAST_ARGS:
        args = [_arg(c, a, receiver.ty) for a in e.args]
        return _std_call(c, e.span, f"_py_method{len(args)}", [receiver, _str(name_span, name), *args])
    attr = c.method_call(receiver, receiver.ty.info, "__getattr__", [_str(name_span, name)], name_span)
    return call_value(c, e, attr)


def subscript_index(c: Checker, index: A.Expr) -> A.Expr:
    """An index of `obj[...]`: a slice `a:b:c` becomes a Python slice object."""
    from .builtin_strings import _is_slice, slice_bounds
    if _is_slice(index):
        return _std_call(c, index.span, "_py_slice", slice_bounds(c, index))  # type: ignore[arg-type]
    return index


def iterate(c: Checker, it: A.Expr) -> A.Expr:
    """`for x in obj`: Python's iteration, as a List of its items."""
    return _std_call(c, it.span, "_py_iter_items", [it])


def convert_from(c: Checker, e: A.Call, ty: T.Type) -> A.Expr | None:
    """`Int(py=obj)`, `Float64(py=obj)`, `String(py=obj)`, `Bool(py=obj)`; None if e is not one."""
    name = "Int" if ty == T.INT else "Float64" if ty == T.F64 else "String" if ty == T.STRING else \
        "Bool" if ty == T.BOOL else None
    if name is None or e.args or len(e.keywords) != 1 or e.keywords[0].name != "py":
        return None
    value = c.expr(e.keywords[0].value)
    return _std_call(c, e.span, _FROM_PY[name], [value])
