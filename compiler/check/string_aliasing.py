"""Mojo's exclusivity rule for a String assigned from a view of itself.

`line = String(line.strip())` is an error in Mojo 1.2: `strip()` returns a StringSlice that borrows
`line`, and the call constructs its result in `line` itself while that borrow is alive ("aliasing
values passed immutably to 'args' argument and constructed as a result in 'String' initializer
call"). `line += line[byte=0:1]` is the same conflict for `__iadd__`. Here StringSlice is String (a
copy), so nothing at run time would go wrong; these checks only make us reject what Mojo rejects.

The analysis is syntactic and conservative: a "view" of a String place P is `P[byte=...]`,
`P[a:b]`, `P.strip()` and the other methods that return a StringSlice of P, an element of
`P.split(...)`/`P.splitlines()`/`P.as_bytes()`, a view of a view, or a variable that holds one
(`var t = P.strip()`, `for w in P.split()`). Passing P itself as well makes Mojo build the result
in a temporary, so that is not an error (`line = line.replace(line[byte=0:1], "X")` is fine).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..frontend import ast as A
from . import types as T

if TYPE_CHECKING:
    from .checker import Checker

_VIEW_METHODS = {"strip", "lstrip", "rstrip", "removeprefix", "removesuffix", "as_string_slice", "get_immutable",
                 "as_imm"}
_VIEW_LISTS = {"split", "splitlines", "as_bytes", "bytes"}
_VIEW_LOOPS = {"split", "splitlines", "codepoint_slices", "codepoint_slices_reversed", "graphemes"}
_SLICE_TYPES = {"StringSlice", "StringSpan", "StaticString"}


def _views(c: Checker) -> dict[int, Any]:
    views = getattr(c, "_string_views", None)
    if views is None:
        views = c._string_views = {}  # type: ignore[attr-defined]
    return views


def _key(c: Checker, e: A.Expr) -> Any:
    """A hashable name for a place (a variable, a field of one, a constant element of one), or None."""
    if isinstance(e, A.Name):
        sym = getattr(e, "sym", None) or c._scope.lookup(e.id)
        return ("n", id(sym)) if sym is not None else None
    if isinstance(e, A.Attribute):
        base = _key(c, e.value)
        return None if base is None else ("a", base, e.attr)
    if isinstance(e, A.Subscript) and len(e.indices) == 1 and not e.keywords and isinstance(e.indices[0], A.IntLit):
        base = _key(c, e.value)
        return None if base is None else ("i", base, e.indices[0].value)
    return None


def _type(c: Checker, e: A.Expr) -> Any:
    """The type of a place, as far as it is known before the expression is checked."""
    if isinstance(e, A.Name):
        sym = c._scope.lookup(e.id)
        return getattr(sym, "ty", None)
    if isinstance(e, A.Attribute):
        base = _type(c, e.value)
        if isinstance(base, T.StructType) and e.attr in base.info.fields:
            return base.info.fields[e.attr][1]  # (index, type)
        return None
    if isinstance(e, A.Subscript):
        base = _type(c, e.value)
        return base.elem if isinstance(base, T.ListType) else None
    return None


def _string_place(c: Checker, e: A.Expr) -> Any:
    if _key(c, e) is not None and _type(c, e) == T.STRING:
        return _key(c, e)
    return None


def _of(c: Checker, e: A.Expr) -> Any:
    """The String place that e is a view of, or None: a string place itself, or a view of one."""
    return _string_place(c, e) or view_root(c, e)


def view_root(c: Checker, e: A.Expr) -> Any:
    """The key of the String place P when e is a view of P (see the module docstring), else None."""
    if isinstance(e, A.Name):
        sym = c._scope.lookup(e.id)
        return _views(c).get(id(sym)) if sym is not None else None
    if isinstance(e, A.Subscript):
        v = e.value
        kws = {k.name for k in e.keywords}
        if kws & {"byte", "codepoint", "grapheme"} or (e.indices and all(isinstance(i, A.Call) and
                                                                        isinstance(i.func, A.Name) and
                                                                        i.func.id == "slice" for i in e.indices)):
            return _of(c, v)
        if isinstance(v, A.Call) and isinstance(v.func, A.Attribute) and v.func.attr in _VIEW_LISTS and \
                len(e.indices) == 1 and not e.keywords:
            return _of(c, v.func.value)
        return None
    if isinstance(e, A.Call) and isinstance(e.func, A.Attribute) and e.func.attr in _VIEW_METHODS:
        return _of(c, e.func.value)
    return None


def _is_place(c: Checker, e: A.Expr, key: Any) -> bool:
    return _key(c, e) == key


def _slice_param(decl: Any, i: int) -> str | None:
    """The name of parameter i of a user function when it takes a StringSlice (else None)."""
    params = [p for p in getattr(decl, "params", []) if not getattr(p, "kw_only", False)]
    if i >= len(params):
        return None
    ann = getattr(params[i], "type", None)
    while isinstance(ann, A.Subscript):
        ann = ann.value
    return params[i].name if isinstance(ann, A.Name) and ann.id in _SLICE_TYPES else None


def assign_conflict(c: Checker, target: A.Expr, value: A.Expr) -> tuple[Any, str] | None:
    """(where, message) when `target = value` builds its result in a String that value borrows."""
    key = _string_place(c, target)
    if key is None:
        return None
    what = None
    if isinstance(value, A.Call):
        args = list(value.args)
        if any(_is_place(c, a, key) for a in args):
            return None
        if isinstance(value.func, A.Name):
            for i, a in enumerate(args):
                if view_root(c, a) != key:
                    continue
                if value.func.id == "String":
                    what = "'args' argument and constructed as a result in 'String' initializer call"
                else:
                    sym = c._scope.lookup(value.func.id)
                    funcs = getattr(sym, "funcs", None)
                    decl = funcs[0].decl if funcs and len(funcs) == 1 else None
                    name = _slice_param(decl, i) if decl is not None else None
                    if name is not None:
                        what = f"'{name}' argument and constructed as a result in '{value.func.id}' call"
                break
        elif isinstance(value.func, A.Attribute) and view_root(c, value.func.value) == key:
            what = f"'self' argument and constructed as a result in '{value.func.attr}' call"
        where = value.lparen
    elif isinstance(value, A.BinOp) and value.op in ("+", "*"):
        if _is_place(c, value.left, key) or _is_place(c, value.right, key):
            return None
        dunder = "__add__" if value.op == "+" else "__mul__"
        if view_root(c, value.left) == key:
            what = f"'self' argument and constructed as a result in '{dunder}' call"
        elif value.op == "+" and view_root(c, value.right) == key:
            what = "'other' argument and constructed as a result in '__add__' call"
        where = value.op_span or value.span
    if what is None:
        return None
    return where, "aliasing values passed immutably to " + what


def augassign_conflict(c: Checker, s: A.AugAssign) -> tuple[Any, str] | None:
    """`P += view of P`: __iadd__ borrows P mutably and the view immutably."""
    key = _string_place(c, s.target)
    if key is None or s.op != "+" or view_root(c, s.value) != key:
        return None
    return (s.op_span or s.span, "aliasing values passed mutably to 'self' argument and passed immutably to "
                                 "'other' argument in '__iadd__' call")


def note_view_var(c: Checker, root: Any, syms: list[Any]) -> None:
    """Remember that a new variable holds a view of a String place (`var t = line.strip()`)."""
    if root is not None and len(syms) == 1:
        _views(c)[id(syms[0])] = root


def loop_view_root(c: Checker, it: A.Expr) -> Any:
    """`for w in P.split()`: each w is a view of P."""
    if isinstance(it, A.Call) and isinstance(it.func, A.Attribute) and it.func.attr in _VIEW_LOOPS:
        return _of(c, it.func.value)
    return None
