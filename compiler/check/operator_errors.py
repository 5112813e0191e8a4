"""Mojo's wording and location for an operator that does not apply to its operands.

Mojo reads `a + b` as `a.__add__(b)` (and `a < b` as `a.__lt__(b)`). When a's type has no such
method, the error names the type, at the operator. When it has one that does not take b, the error
is that call's, at b: "invalid call to '__add__': value passed to 'rhs' cannot be converted from
'String' to 'Int'"; a literal's overloads give "no matching method in call to '__add__'" instead.
Users' error programs are compared by the location of the first error, so both parts matter.
"""

from __future__ import annotations

from typing import Any

from . import types as T
from ..diagnostics import Span
from ..frontend import ast as A
from .support import _ARITH_DUNDERS

CMP_DUNDERS = {"<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__", "==": "__eq__", "!=": "__ne__"}
_NUMBER_OPS = {"+", "-", "*", "/", "//", "%", "**"} | set(CMP_DUNDERS)
_INT_OPS = _NUMBER_OPS | {"&", "|", "^", "<<", ">>"}
_STRING_OPS = {"+", "*"} | set(CMP_DUNDERS)
_BOOL_OPS = {"&", "|", "^"} | set(CMP_DUNDERS)


def _implements(ty: T.Type, op: str) -> bool:
    if ty == T.BOOL:
        return op in _BOOL_OPS
    if T.is_int(ty) or ty == T.INT_LIT:
        return op in _INT_OPS
    if T.is_numeric(ty) or ty == T.FLOAT_LIT:
        return op in _NUMBER_OPS
    if ty in (T.STRING, T.STR_LIT):
        return op in _STRING_OPS
    if isinstance(ty, T.ListType):
        return op in {"+", "*", "==", "!="}
    return False


def _shown(ty: T.Type, e: A.Expr) -> str:
    return T.display(ty, getattr(e, "const", None))


def anchor(e: A.Expr) -> Any:
    """Where Mojo places an expression in a diagnostic: a call at its '(', a subscript at its '[', a
    binary operation at its operator, anything else at its start (`b >= ord("a")` names the '(')."""
    if isinstance(e, A.Call) and e.lparen is not None and e.lparen.line == e.span.line:
        return e.lparen
    if isinstance(e, A.Subscript):
        v = e.value.span
        return Span(v.file, v.end_line, v.end_col, v.end_line, v.end_col + 1)
    if isinstance(e, A.BinOp) and e.op_span is not None:
        return e.op_span
    return e.span


def report(c: Any, op: str, left: A.Expr, right: A.Expr, op_span: Any) -> None:
    """Report `left op right` as Mojo does; the caller marks the expression as failed."""
    lt, rt = left.ty, right.ty
    dunder = CMP_DUNDERS.get(op) or _ARITH_DUNDERS.get(op, op)
    if not _implements(lt, op):
        c.error(f"'{_shown(lt, left)}' does not implement the '{dunder}' method", op_span)
    elif lt in (T.INT_LIT, T.FLOAT_LIT, T.STR_LIT):
        c.error(f"no matching method in call to '{dunder}'", right.span)
    else:
        c.error(f"invalid call to '{dunder}': value passed to 'rhs' cannot be converted from "
                f"'{_shown(rt, right)}' to '{lt}'", anchor(right))
