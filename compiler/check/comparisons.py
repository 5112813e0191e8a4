"""Comparisons: `a < b < c` chains and each pair's meaning (numbers, strings, structs' dunders
with Comparable's defaults, Optionals against None, SIMD masks, tuples, pointers, DTypes).

A mixin of the Checker through ExpressionChecker; `self` is the Checker."""

from __future__ import annotations

from typing import Any

from ..diagnostics import Span
from ..frontend import ast as A
from . import operator_errors, simd
from . import types as T
from .support import _CMP_DUNDERS, _py_compare


class ComparisonChecker:
    def expr_Compare(self, e: A.Compare, expected: T.Type | None) -> None:
        e.left = self.expr(e.left)
        operands = [e.left]
        for i, r in enumerate(e.comparators):
            prev = operands[-1].ty
            r = self.expr(r, T.materialize(prev) if prev not in T.LITERALS else None)
            operands.append(r)
        e.calls = []
        consts = []
        for i, op in enumerate(e.ops):
            a, b = operands[i], operands[i + 1]
            call, a2, b2, c = self.compare_pair(op, a, b, e.op_spans[i] if i < len(e.op_spans) else e.span)
            if call is not None and call[0] == "method" and call[1].ty not in (T.BOOL, T.UNKNOWN):
                if len(e.ops) == 1:  # `a < b` is what the dunder returns (a PythonObject, a mask)
                    return call[1]
                call = ("method", self.to_bool(call[1]))
            operands[i], operands[i + 1] = a2, b2
            e.calls.append(call)
            consts.append(c)
        e.left = operands[0]
        e.comparators = operands[1:]
        e.ty = T.BOOL
        if all(c is not None for c in consts):
            e.const = all(consts)

    def compare_pair(self, op: str, a: A.Expr, b: A.Expr, span: Span) -> tuple[Any, A.Expr, A.Expr, Any]:
        """Type one comparison; returns (call-or-kind, left, right, folded value)."""
        lt, rt = a.ty, b.ty
        if T.UNKNOWN in (lt, rt):
            return None, a, b, None
        if op in ("in", "not in"):
            if isinstance(rt, T.StructType) and "__contains__" in rt.info.methods:
                call = self.method_call(b, rt.info, "__contains__", [a], span)
                return ("method_not" if op == "not in" else "method", call), a, b, None
            if isinstance(rt, T.ListType):
                if isinstance(rt.elem, T.StructType):
                    self.require_method(rt.elem.info, "__eq__")
                return ("list_in", op == "not in"), self.coerce(a, rt.elem), b, None
            if rt in (T.STRING, T.STR_LIT) and lt in (T.STRING, T.STR_LIT):
                return ("str_in", op == "not in"), self.coerce(a, T.STRING), self.coerce(b, T.STRING), None
            if isinstance(rt, T.SimdType) and lt != T.UNKNOWN:
                # `x in v`: whether any lane equals x (SIMD.__contains__)
                mask = A.Call(span, A.Name(span, "_"), [], [], span)
                mask.target = ("simd_mask", "==")
                mask.bound_args = [b, simd.broadcast(self, self.coerce(a, rt.elem), rt)]
                mask.ty = T.SimdType(T.BOOL, rt.width)
                red = A.Call(span, A.Name(span, "_"), [], [], span)
                red.target, red.bound_args, red.ty = ("simd_reduce", "|"), [mask], T.BOOL
                if op == "not in":
                    red = self.expr(A.UnaryOp(span, "not", red))
                return ("method", red), a, b, None
            if isinstance(rt, T.TupleType):
                from .builtin_tuples import tuple_contains
                test = tuple_contains(self, a, b, span)
                if test is not None:
                    return ("method_not" if op == "not in" else "method", test), a, b, None
                return None, a, b, None
            self.error(f"'{rt}' does not support 'in'", span)
            return None, a, b, None
        if op in ("is", "is not"):
            dunder = "__is__" if op == "is" else "__isnot__"
            if isinstance(lt, T.StructType) and dunder in lt.info.methods:  # PythonObject identity
                return ("method", self.method_call(a, lt.info, dunder, [b], span)), a, b, None
            if rt == T.NONE and isinstance(lt, T.OptionalType):
                return ("opt_is_none", op == "is not"), a, b, None
            self.error("'is' compares with None only: write 'x is None' for an Optional", span)
            return None, a, b, None
        if isinstance(lt, T.OptionalType) and op in ("==", "!=") and rt != T.NONE and self.convertible(b, lt):
            from .builtin_support import _std_call
            call = _std_call(self, span, "_opt_eq", [a, self.coerce(b, lt)])
            return ("method_not" if op == "!=" else "method", call), a, b, None
        if isinstance(lt, T.ListType) and op in ("==", "!=") and self.convertible(b, lt):
            from .builtin_lists import list_eq
            return ("method_not" if op == "!=" else "method", list_eq(self, a, self.coerce(b, lt), span)), a, b, None
        if isinstance(lt, T.StructType) and op in ("<=", ">=") and "Comparable" in lt.info.traits and \
                "__lt__" in lt.info.methods and not {"__le__", "__ge__"} & set(lt.info.methods):
            # Comparable's defaults: `a <= b` is `not (b < a)`, `a >= b` is `not (a < b)`.
            x, y = (b, a) if op == "<=" else (a, b)
            return ("method_not", self.method_call(x, lt.info, "__lt__", [y], span)), a, b, None
        if isinstance(lt, T.StructType):
            dunder = _CMP_DUNDERS[op]
            if dunder in lt.info.methods:
                call = self.method_call(a, lt.info, dunder, [b], span)
                return ("method", call), a, b, None
            if op == "!=" and "__eq__" in lt.info.methods:
                call = self.method_call(a, lt.info, "__eq__", [b], span)
                return ("method_not", call), a, b, None
            if op in (">", ">=") and _CMP_DUNDERS["<" if op == ">" else "<="] in lt.info.methods:
                call = self.method_call(b, lt.info, _CMP_DUNDERS["<" if op == ">" else "<="], [a], span)
                return ("method", call), a, b, None
            operator_errors.report(self, op, a, b, span)
            return None, a, b, None
        if isinstance(lt, T.OptionalType) and rt == T.NONE:
            return ("opt_is_none", op == "!="), a, b, None
        if isinstance(lt, T.SimdType) or isinstance(rt, T.SimdType):
            return simd.compare(self, op, a, b, span), a, b, None
        if lt in (T.STRING, T.STR_LIT) and rt in (T.STRING, T.STR_LIT):
            if lt == rt == T.STR_LIT:
                return ("str", op), a, b, _py_compare(op, a.const, b.const)
            return ("str", op), self.coerce(a, T.STRING), self.coerce(b, T.STRING), None
        nums = (T.INT_LIT, T.FLOAT_LIT)
        if (T.is_numeric(lt) or lt in nums or lt == T.BOOL) and (T.is_numeric(rt) or rt in nums or rt == T.BOOL):
            if lt in nums and rt in nums:
                return ("num", op), a, b, _py_compare(op, a.const, b.const)
            ty = rt if lt in nums else lt
            if lt not in nums and rt not in nums and lt != rt:
                operator_errors.report(self, op, a, b, span)
                return None, a, b, None
            if T.is_int(ty) and T.FLOAT_LIT in (lt, rt):
                self.error(f"cannot compare '{ty}' with a float literal; convert with Float64(...)", span)
                return None, a, b, None
            if ty == T.BOOL and op not in ("==", "!="):
                self.error("Bool values support only '==' and '!='", span)
            a, b = self.coerce(a, ty), self.coerce(b, ty)
            known = a.const is not None and b.const is not None  # e.g. a compile-time parameter
            return ("num", op), a, b, _py_compare(op, a.const, b.const) if known else None
        if lt == rt == T.DTYPE and op in ("==", "!=") and a.const is not None and b.const is not None:
            return ("num", op), a, b, (a.const == b.const) == (op == "==")  # DTypes are compile-time values
        if lt == rt == T.CODEPOINT:  # compared by their scalar values
            ca, cb = A.Convert(a.span, a), A.Convert(b.span, b)
            ca.ty = cb.ty = T.INT_TYPES["UInt32"]
            return ("num", op), ca, cb, None
        if isinstance(lt, T.TupleType) and isinstance(rt, T.TupleType) and op in ("<", "<=", ">", ">="):
            from .builtin_tuples import tuple_order
            test = tuple_order(self, a, b, op, span)
            return (("method", test), a, b, None) if test is not None else (None, a, b, None)
        if isinstance(lt, T.TupleType) and lt == rt and op in ("==", "!="):
            return ("tuple", op), a, b, None
        if isinstance(lt, T.PointerType) and isinstance(rt, T.PointerType):
            return ("num", op), a, b, None  # addresses, compared unsigned
        operator_errors.report(self, op, a, b, span)
        return None, a, b, None
