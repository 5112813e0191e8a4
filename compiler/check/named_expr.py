"""The walrus operator `(n := f())`: an assignment that is also an expression.

Mojo 1.2 assigns to a variable declared before (`var n: Int` ... `if (n := len(xs)) > 3:`); a
name not declared yet is its "use of unknown declaration" (it declares nothing, unlike Python).

A mixin of the Checker (check/checker.py); `self` is the Checker. The IR builder lowers it as an
assignment followed by a read of the variable (ir/expressions.py, `expr_NamedExpr`)."""

from __future__ import annotations

from ..frontend import ast as A
from . import types as T
from .symbols import LocalVar


class NamedExprChecker:
    def expr_NamedExpr(self, e: A.NamedExpr, expected: T.Type | None) -> None:
        sym = self._scope.lookup(e.target.id)
        if not isinstance(sym, LocalVar):
            if sym is None:
                self._unknown(e.target.id, e.target.span)
            else:
                self.error(f"cannot assign to '{e.target.id}'", e.target.span)
            self.expr(e.value)
            e.ty = T.UNKNOWN
            return
        ty = self.target(e.target)
        e.value = self.coerce(self.expr(e.value, ty), ty)
        self._note_copy(e.value)
        if self._ctx is not None and self._ctx.inited is not None:
            self._ctx.inited.add(sym)
        e.ty = ty
