"""Operator methods of Mojo's numeric types called by name (`a.__add__(b)`, `n.__abs__()`).

Numbers are built into the checker rather than library structs with dunder methods, so a call of
one of those methods by name is checked as the operator or conversion it implements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..frontend import ast as A
from .support import _ARITH_DUNDERS, _CMP_DUNDERS

if TYPE_CHECKING:
    from .checker import Checker

_BINARY = {d: op for op, d in {**_ARITH_DUNDERS, **_CMP_DUNDERS}.items()}
_REFLECTED = {"__r" + d[2:]: op for op, d in _ARITH_DUNDERS.items()}
_UNARY = {"__neg__": "-", "__pos__": "+", "__invert__": "~"}
_CONVERSIONS = {"__abs__": "abs", "__int__": "Int", "__float__": "Float64", "__bool__": "Bool"}


def operator_spelled(c: Checker, e: A.Call, recv: A.Expr, name: str) -> A.Expr | None:
    """A number's operator method called by name, as Mojo allows for its numeric types: the same
    as the operator or conversion it implements (`a.__add__(b)` is `a + b`, `b.__radd__(a)` is
    `a + b`, `x.__abs__()` is `abs(x)`). None for any other method."""
    args = e.args
    if len(args) == 1 and name in _BINARY:
        op = _BINARY[name]
        if op in _CMP_DUNDERS:
            return c.expr(A.Compare(e.span, recv, [op], [args[0]], [e.lparen]))
        return c.expr(A.BinOp(e.span, op, recv, args[0], e.lparen))
    if len(args) == 1 and name in _REFLECTED:
        return c.expr(A.BinOp(e.span, _REFLECTED[name], args[0], recv, e.lparen))
    if not args and name in _UNARY:
        return c.expr(A.UnaryOp(e.span, _UNARY[name], recv))
    if not args and name in _CONVERSIONS:
        return c.expr(A.Call(e.span, A.Name(e.span, _CONVERSIONS[name]), [recv], [], e.lparen))
    return None
