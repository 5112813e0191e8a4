"""Tuple comparisons and membership, element by element (`a < b`, `x in (1, 2)`)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from ..frontend import ast as A
from . import types as T

if TYPE_CHECKING:
    from .checker import Checker


def tuple_contains(c: Checker, a: A.Expr, b: A.Expr, span: Any) -> A.Expr | None:
    """`x in t` for a Tuple: x == t[i] or ... over the elements of x's type (as Mojo's
    Tuple.__contains__). Both sides are read once per element, so they must be names or constants."""
    simple = (A.Name, A.IntLit, A.FloatLit, A.StrLit, A.BoolLit)
    if not isinstance(a, simple) or not isinstance(b, (A.Name, A.TupleExpr)) or \
            (isinstance(b, A.TupleExpr) and not all(isinstance(x, simple) for x in b.elts)):
        c.error("'in' on a Tuple needs a variable or a constant on each side here; assign them first", span)
        return None
    want = T.materialize(a.ty)
    same = [i for i, t in enumerate(b.ty.elems) if T.materialize(t) == want]
    if not same:
        c.error(f"'{T.display(a.ty, a.const)}' is not one of the types of '{b.ty}'", span)
        return None
    test: A.Expr | None = None
    for i in same:
        # A literal tuple's element itself (so constants fold), else t[i].
        elt = _fresh(b.elts[i]) if isinstance(b, A.TupleExpr) else \
            A.Subscript(span, _fresh(b), [A.IntLit(span, i)])
        one = A.Compare(span, _fresh(a), ["=="], [elt], [span])
        test = one if test is None else A.BoolOp(span, "or", test, one)
    return c.expr(test, T.BOOL)


def _fresh(e: A.Expr) -> A.Expr:
    """An unchecked copy of a name or constant, to be checked again (a copied Name would carry a
    copy of its symbol)."""
    return A.Name(e.span, e.id) if isinstance(e, A.Name) else copy.deepcopy(e)


def tuple_order(c: Checker, a: A.Expr, b: A.Expr, op: str, span: Any) -> A.Expr | None:
    """(a0, a1) < (b0, b1) as Mojo's Tuple: lexicographic, a0 < b0 or (a0 == b0 and a1 < b1); for
    names and literal tuples of names and constants (each side is read once per element)."""
    simple = (A.Name, A.IntLit, A.FloatLit, A.StrLit, A.BoolLit)

    def ok(x: A.Expr) -> bool:
        return isinstance(x, A.Name) or (isinstance(x, A.TupleExpr) and all(isinstance(y, simple) for y in x.elts))

    if not ok(a) or not ok(b):
        c.error(f"'{op}' on Tuples needs variables or literal tuples on each side here; assign them first", span)
        return None
    n = len(a.ty.elems)
    if n != len(b.ty.elems) or n == 0:
        c.error(f"cannot compare '{a.ty}' with '{b.ty}'", span)
        return None
    if op in (">", ">="):
        a, b, op = b, a, "<" if op == ">" else "<="

    def elt(x: A.Expr, i: int) -> A.Expr:
        return _fresh(x.elts[i]) if isinstance(x, A.TupleExpr) else A.Subscript(span, _fresh(x), [A.IntLit(span, i)])

    test: A.Expr = A.Compare(span, elt(a, n - 1), [op], [elt(b, n - 1)], [span])
    for i in range(n - 2, -1, -1):
        less = A.Compare(span, elt(a, i), ["<"], [elt(b, i)], [span])
        same = A.Compare(span, elt(a, i), ["=="], [elt(b, i)], [span])
        test = A.BoolOp(span, "or", less, A.BoolOp(span, "and", same, test))
    return c.expr(test, T.BOOL)
