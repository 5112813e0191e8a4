"""Expressions: literals, names, operators with constant folding, attributes, subscripts,
comprehensions, and implicit conversions (coerce).

A mixin of the Checker (check/checker.py); `self` is the Checker."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from .. import limits
from ..diagnostics import Note, Span
from ..frontend import ast as A
from . import legacy2023, legacy_simd2023, operator_errors, pointers, python_interop, simd
from . import types as T
from .comparisons import ComparisonChecker
from .support import (
    _ARITH_DUNDERS,
    _UNARY_DUNDERS,
    Scope,
    _bits,
    _dot,
    _ieee_fold,
    _to_float,
    _type_nodes,
    _variant_args,
)
from .symbols import (
    Builtin,
    GlobalConst,
    LocalVar,
    ModuleSym,
    MovedSessionVar,
    OverloadSet,
    TypeSym,
)

_LOWER, _UPPER, _PUNCT = "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_STRING_CONSTANTS = {  # Mojo 1.2's String.NAME constants (Python's string module)
    "ASCII_LOWERCASE": _LOWER, "ASCII_UPPERCASE": _UPPER, "ASCII_LETTERS": _LOWER + _UPPER,
    "DIGITS": "0123456789", "HEX_DIGITS": "0123456789abcdefABCDEF", "OCT_DIGITS": "01234567",
    "PUNCTUATION": _PUNCT, "PRINTABLE": "0123456789" + _LOWER + _UPPER + _PUNCT + " \t\n\r\x0b\x0c",
}


class ExpressionChecker(ComparisonChecker):
    # ------------------------------------------------------------------ std.utils.Variant
    def _variant_type(self, args: list[T.Type], span: Span) -> T.Type:
        """`Variant[A, B]` is the library struct `_Variant2[A, B]` (stdlib/utils.variant.mojo), shown and
        copied as Mojo's Variant (implicitly copyable when every alternative is)."""
        if T.UNKNOWN in args:
            return T.UNKNOWN
        tmpl = self.globals.names.get(f"_Variant{len(args)}")
        if not isinstance(tmpl, TypeSym) or tmpl.template is None:
            self.error(f"'Variant' takes 1 to 8 types in Mojito, not {len(args)}", span)
            return T.UNKNOWN
        if len(set(args)) != len(args):
            self.error("a Variant's types must be distinct", span)
            return T.UNKNOWN
        return self.instantiate_struct(tmpl, args, span)  # named and marked by _mark_variant

    @staticmethod
    def _mark_variant(ty: T.Type, args: list[Any]) -> None:
        """An instance of `_VariantN` is Mojo's Variant, however it was spelled (the library's
        `CountTuple.__getitem__` returns a `_Variant2[V, Int]`)."""
        if isinstance(ty, T.StructType) and not ty.info.name.startswith("Variant["):
            ty.info.name = "Variant[" + ", ".join(str(a) for a in args) + "]"
            ty.info.variant_args = tuple(args)  # type: ignore[attr-defined]
            ty.info.implicitly_copyable = all(T.copyable(a) for a in args)

    def _variant_has(self, ty: T.StructType, te: A.Expr) -> bool:
        """Is the explicit parameter te (of `v.isa[te]()`, `v.set[te](x)`) one of the Variant's types?"""
        want = self.resolve_type(te)
        return want == T.UNKNOWN or want in (_variant_args(ty) or ())

    def _variant_subscript(self, e: A.Subscript, base: A.Expr, ty: T.StructType) -> Any:
        """`v[T]`: the T the Variant holds, in place (`v[List[Int]].append(4)` changes it)."""
        want = self.resolve_type(e.indices[0])
        args = _variant_args(ty) or ()
        if want == T.UNKNOWN:
            e.ty = T.UNKNOWN
            return
        if want not in args:
            v = e.value.span  # Mojo points at the '['
            self._instantiation_failed(Span(v.file, v.end_line, v.end_col, v.end_line, v.end_col + 1),
                                       "constraint failed: Type does not exist in Variant.")
            e.ty = T.UNKNOWN
            return
        field = A.Attribute(e.span, base, f"_v{args.index(want)}", e.span)  # a List of 0 or 1 element
        zero = A.IntLit(e.span, 0)
        return self.expr(A.Subscript(e.span, field, [zero], []))

    def _debug_assert(self, e: A.Call) -> A.Expr:
        """`debug_assert(cond, *messages)`: as under `mojo run` (assertions off by default), the condition
        is evaluated and nothing else happens; the messages are checked but never built."""
        if not e.args:
            self.error("'debug_assert' needs a condition", e.lparen)
            e.ty = T.UNKNOWN
            return e
        for x in e.args[1:]:
            self.expr(x)
        for k in e.keywords:
            self.expr(k.value)
        return self.to_bool(self.expr(e.args[0], T.BOOL))

    def _negative_byte_index(self, e: A.Subscript) -> None:
        """`s[byte=-1]`: Mojo 1.2's String.__getitem__ has a compile-time constraint."""
        self._instantiation_failed(e.span, "constraint failed: negative indexing is not supported, use e.g. "
                                   "`string[byte=string.byte_length() - 1]`")

    def _negative_index(self, base: A.Expr) -> None:
        """`xs[-1]` of a List, Deque, Array or Span: a compile-time constraint of their `__getitem__`,
        noted at the '['."""
        v = base.span
        self._instantiation_failed(Span(v.file, v.end_line, v.end_col, v.end_line, v.end_col + 1),
                                   "constraint failed: negative indexing is not supported, use e.g. "
                                   "`x[len(x) - 1]`")

    def _std_negative_index(self, e: A.Subscript, base: A.Expr, ty: T.StructType) -> None:
        """`d[-1]` of a std Deque, Array or Span: the same constraint as a List's."""
        x = e.indices[0] if len(e.indices) == 1 else None
        if isinstance(x, A.UnaryOp) and x.op == "-" and isinstance(x.operand, A.IntLit) and x.operand.value > 0 \
                and ty.info.decl is not None and ty.info.decl.span.file.startswith("<std>") \
                and ty.info.name.split("[")[0] in ("Deque", "Array", "Span", "InlineArray"):
            self._negative_index(base)

    def _instantiation_failed(self, span: Span, why: str) -> None:
        """A library constraint that Mojo checks when instantiating a call: reported, as Mojo does, as a
        failed instantiation of the function that contains the call, with the reason as a note."""
        func = self._ctx.func if self._ctx is not None else None
        where = func.decl.name_span if func is not None and func.decl is not None else span
        self.error("function instantiation failed", where, [Note(why, span)])

    def _note_raise(self, ty: T.Type, span: Span, raising: bool = False) -> T.Type | None:
        """A call or `raise` that raises a `ty` here: the try around it (or the function) must take it.
        A struct error reaching an `Error` context becomes an Error of its written text, as in Mojo."""
        if self._ctx is None or ty == T.UNKNOWN:
            return None
        cells = self._ctx.error_cells
        if cells and cells[-1][0] is None:
            cells[-1][0] = ty
            return ty
        have = cells[-1][0] if cells else (self._ctx.func.error_type or T.ERROR)
        assert have is not None
        if ty != have and have != T.ERROR:
            if raising:  # `raise Error(...)` where a typed error is expected
                self.error(f"cannot implicitly convert '{ty}' value to '{have}'", span)
            else:
                self.error(f"cannot call function that may raise '{ty}' in context that supports an error type "
                           f"of '{have}'", span)
        elif ty != have and isinstance(ty, T.StructType):
            self.require_method(ty.info, "write_to")  # converted to an Error of its text
        return have

    # ------------------------------------------------------------------ expressions
    def expr(self, e: A.Expr, expected: T.Type | None = None) -> A.Expr:
        """Check e; returns e (or a replacement node) with `ty` set."""
        if e.ty is not None:
            return e
        method = getattr(self, "expr_" + type(e).__name__)
        result = method(e, expected)
        out = result if result is not None else e
        if out.ty is None:
            out.ty = T.UNKNOWN
        target = getattr(out, "target", None)
        if isinstance(out, A.Call) and target and target[0] == "func" and getattr(target[1], "returns_ref", False) \
                and isinstance(out.ty, T.PointerType):
            # a call of a `-> ref[o] T` function is the place its pointer result points at
            deref = A.Subscript(out.span, out, [], [])
            deref.ty = out.ty.elem
            return deref
        return out

    def expr_IntLit(self, e: A.IntLit, expected: T.Type | None) -> None:
        e.ty, e.const = T.INT_LIT, e.value

    def expr_FloatLit(self, e: A.FloatLit, expected: T.Type | None) -> None:
        e.ty, e.const = T.FLOAT_LIT, Fraction(e.text)

    def expr_StrLit(self, e: A.StrLit, expected: T.Type | None) -> None:
        e.ty, e.const = T.STR_LIT, e.value

    def expr_BoolLit(self, e: A.BoolLit, expected: T.Type | None) -> None:
        e.ty, e.const = T.BOOL, e.value

    def expr_NoneLit(self, e: A.NoneLit, expected: T.Type | None) -> None:
        e.ty = T.NONE

    def expr_Name(self, e: A.Name, expected: T.Type | None) -> None:
        sym = self._scope.lookup(e.id)
        self._note_legacy(e.id, sym, e.span)
        if sym is None and self.python_global is not None and self.python_global(e.id):
            return legacy2023.python_cell_global(self, e)
        if sym is None:
            self._unknown(e.id, e.span)
            e.ty = T.UNKNOWN
            return
        e.sym = sym
        if isinstance(sym, MovedSessionVar) or sym in self.session_moves:
            where = f"in {sym.cell}" if isinstance(sym, MovedSessionVar) else "earlier in this cell"
            self.error(f"'{e.id}' was moved away ('{e.id}^') {where}; declare it again with 'var {e.id} = ...'",
                       e.span)
            e.ty = T.UNKNOWN
        elif isinstance(sym, LocalVar):
            e.ty = sym.ty
            if self._ctx is not None and self._ctx.inited is not None and sym not in self._ctx.inited \
                    and sym.global_name is None:
                # Reported where Mojo reports it: the call that uses the value, when there is one.
                span = getattr(self, "_call_lparen", None) or e.span
                self.error(f"use of uninitialized value '{e.id}'", span)
                self._ctx.inited.add(sym)  # report once
        elif isinstance(sym, GlobalConst):
            e.ty = sym.ty
            e.const = sym.value
        elif isinstance(sym, TypeSym):
            e.ty = T.MetaType(sym.ty) if sym.ty is not None else T.SimpleType("generic:" + sym.name)
        elif isinstance(sym, (OverloadSet, Builtin, ModuleSym)):
            e.ty = T.SimpleType("function" if not isinstance(sym, ModuleSym) else "module")
        else:
            e.ty = T.UNKNOWN

    def expr_FuncTypeExpr(self, e: A.FuncTypeExpr, expected: T.Type | None) -> None:
        self.error("a function type cannot be used as a value here", e.span)
        e.ty = T.UNKNOWN

    def expr_Transfer(self, e: A.Transfer, expected: T.Type | None) -> None:
        e.value = self.expr(e.value, expected)
        e.ty = e.value.ty
        if isinstance(e.value, A.Name) and isinstance(e.value.sym, LocalVar):
            if e.value.sym.global_name is not None:
                self._move_session_var(e.value)
            if self._ctx.inited is not None:
                self._ctx.inited.discard(e.value.sym)
        elif e.value.ty != T.UNKNOWN and not isinstance(e.value, (A.Attribute, A.Subscript)):
            self.error("'^' transfers a variable; it needs a variable name on its left", e.span)

    def _move_session_var(self, name: A.Name) -> None:
        """`r^` of a notebook session variable ends it, for the rest of the session; only a cell's
        own statements may do that (a function called twice would move it twice)."""
        if self._ctx is not None and self._ctx.func.name.startswith("__cell"):
            self.session_moves.append(name.sym)
        else:
            self.error(f"cannot move the session variable '{name.id}' inside a function; move it at the "
                       f"top level of a cell, or pass a copy ('{name.id}.copy()')", name.span)

    def expr_Convert(self, e: A.Convert, expected: T.Type | None) -> None:
        raise AssertionError("Convert nodes are created checked")

    def expr_TupleExpr(self, e: A.TupleExpr, expected: T.Type | None) -> Any:
        if self.dialect_2023 and isinstance(expected, T.StructType) and "_from_tuple" in expected.info.methods:
            # `np.zeros((h, w))` (2023): a tuple literal where a PythonObject is expected is a Python
            # tuple (Mojo 1.2 writes `Python.tuple(h, w)`).
            return self._literal_by_library(e, e.elts, expected, "_from_tuple")
        exp = expected.elems if isinstance(expected, T.TupleType) and len(expected.elems) == len(e.elts) else None
        e.elts = [self.require_value(self.expr(x, exp[i] if exp else None)) for i, x in enumerate(e.elts)]
        e.ty = T.TupleType(tuple(x.ty for x in e.elts))
        if _type_nodes(e.ty) > limits.MAX_TYPE_NODES:
            self.error(f"this tuple's type is too large for the compiler (more than {limits.MAX_TYPE_NODES} "
                       "nested types)", e.span)
            e.ty = T.UNKNOWN

    def _literal_by_library(self, e: A.Expr, elts: list[A.Expr], ty: T.StructType, method: str) -> A.Expr:
        """A literal's elements handed as a List to the library's static `ty.method(list)`."""
        fn = self.require(ty.info.methods[method].funcs[0])
        lst = A.ListExpr(e.span, elts)
        meta = A.Name(e.span, "<literal>")
        meta.ty = T.MetaType(ty)
        call = A.Call(e.span, A.Attribute(e.span, meta, method, e.span), [lst], [], e.span)
        lst.elts = [self.coerce(self.expr(x, fn.params[0].ty.elem), fn.params[0].ty.elem) for x in lst.elts]
        lst.ty = fn.params[0].ty
        return self.expr(call)

    def expr_ListExpr(self, e: A.ListExpr, expected: T.Type | None) -> Any:
        if isinstance(expected, T.StructType) and "_from_list" in expected.info.methods:
            # `var a: Array[Int, 3] = [1, 2, 3]`: a library struct built from a List literal.
            return self._literal_by_library(e, e.elts, expected, "_from_list")
        if isinstance(expected, T.ListType):
            e.elts = [self.coerce(self.expr(x, expected.elem), expected.elem) for x in e.elts]
            e.ty = expected
            return
        elts = [self.expr(x) for x in e.elts]
        if not elts:
            self.error("cannot infer the element type of an empty list; write 'List[T]()'", e.span)
            e.ty = T.UNKNOWN
            return
        elem = self.unify([x.ty for x in elts], e.span)
        e.elts = [self.coerce(x, elem) for x in elts]
        e.ty = T.ListType(elem)
        if all(x.const is not None for x in e.elts) and not isinstance(elem, (T.ListType, T.StructType)):
            e.const = tuple(x.const for x in e.elts)  # usable by `comptime for` and comptime indexing

    def expr_DictExpr(self, e: A.DictExpr, expected: T.Type | None) -> Any:
        """`{k: v}` and `{a, b}` become Dict[K, V]._from_lists(...) and Set[T]._from_list(...)."""
        if python_interop.is_python_object(expected):
            return python_interop.dict_or_set_literal(self, e, expected)
        is_dict = e.values is not None
        tmpl = self.modules["std.collections"].members["Dict" if is_dict else "Set"]
        params: list[T.Type] | None = None
        if isinstance(expected, T.StructType) and expected.info.generic_instance and \
                expected.info.name.startswith("Dict[" if is_dict else "Set["):
            c = expected.info.comptimes
            params = [c["K"].ty, c["V"].ty] if is_dict else [c["T"].ty]
        keys = [self.expr(k, params[0] if params else None) for k in e.keys]
        values = [self.expr(v, params[1] if params else None) for v in e.values or []]
        if params is None:
            if not keys:
                self.error("cannot infer the types of an empty literal; write 'Dict[K, V]()'", e.span)
                return
            params = [self.unify([k.ty for k in keys], e.span)]
            if is_dict:
                params.append(self.unify([v.ty for v in values], e.span))
        ty = self.instantiate_struct(tmpl, params, e.span)
        lists = [A.ListExpr(e.span, keys)] + ([A.ListExpr(e.span, values)] if is_dict else [])
        for lst, p in zip(lists, params):
            lst.elts = [self.coerce(x, p) for x in lst.elts]
            lst.ty = T.ListType(p)
        meta = A.Name(e.span, "<literal>")
        meta.ty = T.MetaType(ty)
        call = A.Call(e.span, A.Attribute(e.span, meta, "_from_lists" if is_dict else "_from_list", e.span),
                      lists, [], e.span)
        return self.expr(call)

    def unify(self, tys: list[T.Type], span: Span) -> T.Type:
        if T.UNKNOWN in tys:
            return T.UNKNOWN
        concrete = [T.materialize(t) for t in tys if t not in T.LITERALS]
        if concrete:
            return concrete[0]
        if T.FLOAT_LIT in tys:
            return T.F64
        return T.materialize(tys[0])

    def expr_IfExp(self, e: A.IfExp, expected: T.Type | None) -> None:
        e.cond = self.cond(e.cond)
        a = self.expr(e.then, expected)
        b = self.expr(e.orelse, expected)
        ty = expected if expected is not None and expected != T.BOOL else self.unify([a.ty, b.ty], e.span)
        if a.ty == T.NONE or b.ty == T.NONE:
            other = b.ty if a.ty == T.NONE else a.ty
            ty = T.OptionalType(T.materialize(other)) if not isinstance(other, T.OptionalType) else other
        e.then = self.coerce(a, ty)
        e.orelse = self.coerce(b, ty)
        e.ty = ty

    def expr_BoolOp(self, e: A.BoolOp, expected: T.Type | None) -> None:
        e.left = self.to_bool(self.expr(e.left, T.BOOL))
        e.right = self.to_bool(self.expr(e.right, T.BOOL))
        e.ty = T.BOOL
        if e.left.const is not None and e.right.const is not None:
            e.const = (e.left.const and e.right.const) if e.op == "and" else (e.left.const or e.right.const)

    def expr_UnaryOp(self, e: A.UnaryOp, expected: T.Type | None) -> None:
        if e.op == "not":
            e.operand = self.to_bool(self.expr(e.operand, T.BOOL))
            e.ty = T.BOOL
            if e.operand.const is not None:
                e.const = not e.operand.const
            return
        e.operand = self.expr(e.operand, expected)
        ty = e.operand.ty
        if ty == T.UNKNOWN:
            e.ty = ty
            return
        if isinstance(ty, T.StructType):
            if _UNARY_DUNDERS[e.op] not in ty.info.methods:
                self.error(f"'{ty}' does not implement the '{_UNARY_DUNDERS[e.op]}' method", e.span)
                e.ty = T.UNKNOWN
                return
            e.call = self.method_call(e.operand, ty.info, _UNARY_DUNDERS[e.op], [], e.span)
            e.ty = e.call.ty
            return
        if e.op == "~" and isinstance(ty, T.OptionalType):  # Optional.__invert__: True when empty
            e.op, e.operand, e.ty = "not", self.to_bool(e.operand), T.BOOL
            return
        if e.op == "~" and ty == T.BOOL:  # Bool.__invert__ is logical negation
            e.op, e.ty = "not", T.BOOL
            if e.operand.const is not None:
                e.const = not e.operand.const
            return
        int_lanes = isinstance(ty, T.SimdType) and (T.is_int(ty.elem) or ty.elem == T.BOOL)
        if e.op == "~" and not (T.is_int(ty) or ty == T.INT_LIT or ty == T.BOOL or int_lanes):
            self.error(f"'~' needs an integer, not '{ty}'", e.span)
        elif not (T.is_numeric(ty) or ty in (T.INT_LIT, T.FLOAT_LIT) or isinstance(ty, T.SimdType)):
            self.error(f"unary '{e.op}' is not defined for '{ty}'", e.span)
            e.ty = T.UNKNOWN
            return
        e.ty = ty
        c = e.operand.const
        if c is not None and ty in (T.INT_LIT, T.FLOAT_LIT):
            e.const = -c if e.op == "-" else (~c if e.op == "~" else c)
            if e.op == "-" and ty == T.FLOAT_LIT and c == 0:
                # Fractions have no signed zero; Mojo's `-0.0` is the IEEE negative zero.
                e.const = 0.0 if math.copysign(1.0, float(c)) < 0 else -0.0

    def expr_BinOp(self, e: A.BinOp, expected: T.Type | None) -> None:
        self.binop(e, expected=expected)

    def binop(self, e: A.BinOp, already_checked_left: bool = False, expected: T.Type | None = None) -> None:
        if not already_checked_left:
            e.left = self.expr(e.left)
        # The left side's type is the right side's expected type only where the operator needs both
        # sides alike: `s * (n if c else 1)` and `m * (a if c else b)` (a struct's dunder takes
        # other types) must not make the right side a String or the struct.
        hint = T.materialize(e.left.ty) if e.left.ty not in T.LITERALS else None
        if isinstance(hint, (T.StructType, T.PointerType)) or (hint == T.STRING and e.op != "+"):
            hint = None
        e.right = self.expr(e.right, hint)
        lt, rt = e.left.ty, e.right.ty
        if T.UNKNOWN in (lt, rt):
            e.ty = T.UNKNOWN
            return
        op = e.op
        if simd.binop(self, e):
            return
        if isinstance(lt, T.ListType) and op in ("+", "*"):
            from .builtin_lists import list_binop
            return list_binop(self, e)
        if isinstance(lt, T.PointerType) and pointers.binop(self, e):
            return
        if isinstance(lt, T.StructType) or isinstance(rt, T.StructType):
            info = lt.info if isinstance(lt, T.StructType) else None
            dunder = _ARITH_DUNDERS[op]
            if info is not None and dunder in info.methods:
                e.call = self.method_call(e.left, info, dunder, [e.right], e.op_span or e.span)
            elif isinstance(rt, T.StructType) and "__r" + dunder[2:] in rt.info.methods:
                e.call = self.method_call(e.right, rt.info, "__r" + dunder[2:], [e.left], e.op_span or e.span)
                e.call.reflected = True
            else:
                operator_errors.report(self, op, e.left, e.right, e.op_span or e.span)
                e.ty = T.UNKNOWN
                return
            e.ty = e.call.ty
            return
        # Strings
        if lt in (T.STRING, T.STR_LIT) or rt in (T.STRING, T.STR_LIT):
            if op == "+" and lt in (T.STRING, T.STR_LIT) and rt in (T.STRING, T.STR_LIT):
                if lt == rt == T.STR_LIT:
                    if len(e.left.const) + len(e.right.const) > limits.MAX_CONST_STRING:
                        self.error(f"the compile-time string of this expression is too large (the compiler's "
                                   f"limit is {limits.MAX_CONST_STRING} bytes)", e.op_span or e.span)
                        e.ty = T.UNKNOWN
                        return
                    e.ty, e.const = T.STR_LIT, e.left.const + e.right.const
                    return
                e.left, e.right = self.coerce(e.left, T.STRING), self.coerce(e.right, T.STRING)
                e.ty = T.STRING
                return
            if op == "*" and lt in (T.STRING, T.STR_LIT) and (T.is_int(rt) or rt == T.INT_LIT):
                if lt == T.STR_LIT and rt == T.INT_LIT:
                    if len(e.left.const) * max(0, e.right.const) > limits.MAX_CONST_STRING:
                        self.error(f"the compile-time string of this expression is too large (the compiler's "
                                   f"limit is {limits.MAX_CONST_STRING} bytes)", e.op_span or e.span)
                        e.ty = T.UNKNOWN
                        return
                    e.ty, e.const = T.STR_LIT, e.left.const * max(0, e.right.const)
                    return
                e.left, e.right = self.coerce(e.left, T.STRING), self.coerce(e.right, T.INT)
                e.ty = T.STRING
                return
            operator_errors.report(self, op, e.left, e.right, e.op_span or e.span)
            e.ty = T.UNKNOWN
            return
        if lt == T.BOOL and rt == T.BOOL and op in ("&", "|", "^"):
            e.ty = T.BOOL
            return
        # Numbers
        if not (T.is_numeric(lt) or lt in (T.INT_LIT, T.FLOAT_LIT)) or \
                not (T.is_numeric(rt) or rt in (T.INT_LIT, T.FLOAT_LIT)):
            operator_errors.report(self, op, e.left, e.right, e.op_span or e.span)
            e.ty = T.UNKNOWN
            return
        if lt in (T.INT_LIT, T.FLOAT_LIT) and rt in (T.INT_LIT, T.FLOAT_LIT):
            self._fold(e)
            return
        if lt in (T.INT_LIT, T.FLOAT_LIT):
            ty = rt
        elif rt in (T.INT_LIT, T.FLOAT_LIT) or lt == rt:
            ty = lt
        elif self._in_2023_code() and {type(lt), type(rt)} == {T.IntType, T.FloatType}:
            # 2023 code: Int converted to the float type implicitly (`(2*M*N*K) / secs`)
            ty = lt if isinstance(lt, T.FloatType) else rt
        elif self._in_2023_code() and isinstance(lt, T.FloatType) and isinstance(rt, T.FloatType):
            ty = lt  # 2023/2024: `Float32 * Float64` is Float32.__mul__, the right one converted implicitly
        else:
            operator_errors.report(self, op, e.left, e.right, e.op_span or e.span)
            e.ty = T.UNKNOWN
            return
        if T.is_int(ty) and (lt == T.FLOAT_LIT or rt == T.FLOAT_LIT):
            self.error(f"cannot use '{op}' on '{lt if lt != T.FLOAT_LIT else 'FloatLiteral'}' and "
                       f"'{rt if rt != T.FLOAT_LIT else 'FloatLiteral'}'; convert the integer with Float64(...)",
                       e.op_span or e.span)
            e.ty = T.UNKNOWN
            return
        if op in ("&", "|", "^", "<<", ">>") and not T.is_int(ty):
            self.error(f"'{op}' needs integers, not '{ty}'", e.op_span or e.span)
            e.ty = T.UNKNOWN
            return
        e.left, e.right = self.coerce(e.left, ty), self.coerce(e.right, ty)
        e.ty = ty
        if isinstance(ty, T.IntType) and e.left.const is not None and e.right.const is not None \
                and not (op in ("/", "//", "%") and e.right.const == 0):
            folded = A.BinOp(e.span, op, e.left, e.right)
            folded.left.ty = folded.right.ty = T.INT_LIT
            if op == "**" and e.right.const >= 0:  # wraps like at run time: modular, any size
                folded.ty, folded.const = T.INT_LIT, pow(e.left.const, e.right.const, 1 << 256)
            elif op in ("<<", ">>") and not 0 <= e.right.const < ty.bits:
                folded.ty = None  # as at run time (never folded to a huge constant)
            else:
                self._fold(folded, quiet=True)
            if folded.ty == T.INT_LIT:  # integer arithmetic on constants, wrapped like at run time
                e.const = ty.wrap(folded.const)
            e.left.ty = e.right.ty = ty

    def _fold(self, e: A.BinOp, quiet: bool = False) -> None:
        """Exact compile-time arithmetic on literals (Mojo folds `0.1 + 0.2` to exactly 0.3).

        Values stay within limits.py's bounds: an operation whose result would not (`2 ** 2 ** 40`)
        is an error found before computing it. With `quiet` (folding typed integers, which may
        also be computed at run time) such an operation is left unfolded instead: `e.ty` is None."""
        a, b, op = e.left.const, e.right.const, e.op
        is_int = e.left.ty == T.INT_LIT and e.right.ty == T.INT_LIT

        def too_big(what: str) -> None:
            if quiet:
                e.ty = None
                return
            self.error(f"the compile-time value of this expression is too large ({what}; the compiler's "
                       f"limit is {limits.MAX_CONST_BITS} bits)", e.op_span or e.span)
            e.ty = T.UNKNOWN

        if isinstance(a, float) or isinstance(b, float):  # inf or nan from an earlier fold
            v = _ieee_fold(op, float(a), float(b))
            if v is None:
                self.error(f"'{op}' needs integers", e.op_span or e.span)
                e.ty = T.UNKNOWN
                return
            e.ty, e.const = T.FLOAT_LIT, v
            return
        try:
            if op == "+":
                v = a + b
            elif op == "-":
                v = a - b
            elif op == "*":
                v = a * b
            elif op == "/":
                if b == 0 and not is_int:  # Mojo folds FloatLiteral x / 0.0 to nan, whatever x
                    v = float("nan")
                elif b == 0:  # IEEE semantics, as at run time
                    v = float("nan") if a == 0 else (math.inf if a > 0 else -math.inf)
                else:
                    v = Fraction(a) / Fraction(b)
                is_int = False
            elif op == "//":
                v = a // b if is_int else Fraction(a // b)
            elif op == "%":
                v = a % b
            elif op == "**":
                if is_int and b >= 0:
                    if abs(a) > 1 and (b > limits.MAX_CONST_BITS or
                                       b * (abs(a).bit_length() - 1) > limits.MAX_CONST_BITS):
                        return too_big(f"about {b * (abs(a).bit_length() - 1)} bits")
                    v = a ** b
                elif is_int:  # a negative exponent: an integer still, as at run time (codegen/module.py)
                    v = 1 if a == 1 else (-1 if b % 2 else 1) if a == -1 else 0
                else:
                    v = _ieee_fold("**", _to_float(a), _to_float(b))
                    is_int = False
                    if v is not None and math.isfinite(v):
                        v = Fraction(v)
            elif op in ("<<", ">>") and is_int:
                if b < 0:
                    self.error(f"negative shift count {b} in a constant expression", e.op_span or e.span)
                    e.ty = T.UNKNOWN
                    return
                if op == "<<" and a != 0 and b > limits.MAX_CONST_BITS:
                    return too_big(f"{b} bits")
                v = a << b if op == "<<" else (a >> b if b <= limits.MAX_CONST_BITS else (-1 if a < 0 else 0))
            elif op in ("&", "|", "^") and is_int:
                v = {"&": a & b, "|": a | b, "^": a ^ b}[op]
            else:
                self.error(f"'{op}' needs integers", e.op_span or e.span)
                e.ty = T.UNKNOWN
                return
        except ZeroDivisionError:
            if quiet:
                e.ty = None
                return
            self.error("division by zero in a constant expression", e.span)
            e.ty = T.UNKNOWN
            return
        if limits.const_too_big(v):
            return too_big(f"{_bits(v)} bits")
        e.ty = T.INT_LIT if is_int else T.FLOAT_LIT
        e.const = v if is_int or isinstance(v, float) else Fraction(v)

    def expr_Attribute(self, e: A.Attribute, expected: T.Type | None) -> None:
        if simd.dtype_attribute(self, e):
            return
        base = e.value
        if isinstance(base, A.Name):
            sym = self._scope.lookup(base.id)
            if isinstance(sym, ModuleSym):
                member = sym.members.get(e.attr)
                if member is None:
                    self.error(f"module '{sym.name}' has no member '{e.attr}'", e.attr_span)
                    e.ty = T.UNKNOWN
                    return
                replacement = A.Name(e.span, e.attr)
                self._scope = Scope(self._scope)
                self._scope.names[e.attr] = member
                out = self.expr(replacement, expected)
                self._scope = self._scope.parent
                return out
        base = e.value = self.expr(e.value)
        ty = base.ty
        if ty == T.UNKNOWN:
            return
        if isinstance(ty, T.MetaType):
            g = ty.of.info.comptimes.get(e.attr) if isinstance(ty.of, T.StructType) else None
            if isinstance(g, GlobalConst) and g.value is None and g.init is not None:
                # `Color.RED` of `comptime RED = Color(0)`: a value computed at start-up, read from its global.
                ref = A.Name(e.span, e.attr)
                ref.sym, ref.ty = g, g.ty
                return ref
            return self._type_attribute(e, ty.of)
        if isinstance(ty, T.PointerType) and e.attr == "address" and self._in_2023_code():
            # 2023 `Pointer[T].address_of(x).address`: the raw address, which is the pointer itself here
            self.warn("'.address' of a Pointer is the 2023 Mojo spelling; Mojo 1.2's pointer is its own address",
                      e.attr_span)
            return base
        if legacy_simd2023.attribute(self, e, ty, False):  # `v.dtype`, 2024's `v.element_type`
            return
        if (isinstance(ty, (T.SimdType, T.IntType, T.FloatType)) or ty == T.BOOL) and e.attr == "value" \
                and self._in_2023_code():
            # 2023 `x.value`: SIMD's raw MLIR value, passed back where a SIMD of that type is expected
            self.warn("'.value' of a SIMD value is the 2023 Mojo spelling (its MLIR value); Mojo 1.2 uses "
                      "the value itself", e.attr_span)
            return base
        if isinstance(ty, T.SimdType) and e.attr == "size":  # `v.size` (2023)
            self.warn("'.size' of a SIMD value is the 2023 Mojo spelling; Mojo 1.2 knows the width from "
                      "its type", e.attr_span)
            e.ty, e.const = T.INT, ty.width
            return
        if isinstance(ty, T.StructType):
            fld = ty.info.fields.get(e.attr)
            if fld is not None:
                e.ty = fld[1]
                return
            if e.attr in ty.info.methods or e.attr == "copy":
                e.ty = T.SimpleType("method")
                return
            cm = ty.info.comptimes.get(e.attr)
            if isinstance(cm, GlobalConst) and cm.value is not None:  # `v.capacity`: a comptime member
                e.ty, e.const = cm.ty, cm.value
                return
            if "__getattr__" in ty.info.methods:  # dynamic attributes (PythonObject)
                return python_interop.get_attribute(self, e)
            self.error(f"'{ty}' value has no attribute '{e.attr}'", _dot(e.attr_span))
            e.ty = T.UNKNOWN
            return
        self.error(f"'{ty}' value has no attribute '{e.attr}'", _dot(e.attr_span))

    def _type_attribute(self, e: A.Attribute, ty: T.Type) -> None:
        if legacy_simd2023.attribute(self, e, ty, True):  # `Float32.dtype`, 2024's `SIMD[...].size`
            return
        if ty == T.STRING and e.attr in _STRING_CONSTANTS:  # String.DIGITS, String.ASCII_LETTERS, ...
            e.ty, e.const = T.STR_LIT, _STRING_CONSTANTS[e.attr]
            return
        if isinstance(ty, T.IntType) and e.attr in ("MAX", "MIN", "MAX_FINITE", "MIN_FINITE"):
            e.ty, e.const = ty, ty.max if e.attr.startswith("MAX") else ty.min
            return
        if isinstance(ty, T.FloatType) and e.attr in ("MAX", "MIN", "MAX_FINITE", "MIN_FINITE"):
            # MAX/MIN are the infinities (Mojo's max_or_inf), the _FINITE ones the largest finite value.
            big = {16: 65504.0, 32: 3.4028234663852886e38}.get(ty.bits, 1.7976931348623157e308)
            v: Any = float("inf") if e.attr in ("MAX", "MIN") else Fraction(big)
            e.ty, e.const = ty, (v if e.attr.startswith("MAX") else -v)
            return
        if isinstance(ty, T.StructType):
            c = ty.info.comptimes.get(e.attr)
            if isinstance(c, TypeSym):
                e.ty = T.MetaType(c.ty)
                return
            if c is not None:
                e.ty, e.const = c.ty, c.value
                return
            if e.attr in ty.info.methods:
                e.ty = T.SimpleType("method")
                return
        self.error(f"'{ty}' has no attribute '{e.attr}'", _dot(e.attr_span))
        e.ty = T.UNKNOWN

    def expr_Subscript(self, e: A.Subscript, expected: T.Type | None) -> Any:
        base = e.value = self.expr(e.value)
        ty = base.ty
        if ty == T.UNKNOWN:
            for i, x in enumerate(e.indices):
                e.indices[i] = self.expr(x)
            return
        if isinstance(ty, (T.MetaType, T.SimpleType)) and (isinstance(ty, T.MetaType) or ty.name.startswith("generic:")):
            e.ty = T.MetaType(self.resolve_type(e))
            return
        if T.is_numeric(ty) and ty not in (T.INT, T.UINT) and len(e.indices) == 1 and not e.keywords:
            # A scalar is SIMD of width 1: `x[0]` is x (generic SIMD code at width 1, also with a
            # run-time lane index such as a loop's `x[i]`, which Mojo does not check either).
            idx = self.expr(e.indices[0], T.INT)
            if idx.const is not None and idx.const != 0:
                self.error(f"lane index out of range: '{ty}' has one lane (index 0)", idx.span)
            return base
        if simd.subscript(self, e):
            return
        if pointers.is_span(ty):
            r = pointers.span_subscript(self, e)
            if r is not None:
                return r
        if isinstance(ty, T.StructType):
            self._std_negative_index(e, base, ty)
        if isinstance(ty, T.StructType) and not e.indices and not e.keywords:
            r = pointers.smart_deref(self, e)  # OwnedPointer, ArcPointer
            if r is not None:
                return r
        if isinstance(ty, T.OptionalType) and not e.indices and not e.keywords:
            from .builtin_support import _std_call
            return _std_call(self, e.span, "_opt_getitem", [base])  # `opt[]`: the value, or raises
        if isinstance(ty, T.PointerType):
            return pointers.subscript(self, e, ty)
        if isinstance(ty, T.ListType):
            if len(e.indices) == 1 and not e.keywords and isinstance(e.indices[0], A.Call) and \
                    isinstance(e.indices[0].func, A.Name) and e.indices[0].func.id == "slice":
                from .builtin_strings import slice_bounds
                from .builtin_support import _std_call
                from .str_asserts import subscript_assert_args
                bounds = slice_bounds(self, e.indices[0])
                if isinstance(e.indices[0].args[2], A.NoneLit):  # `xs[a:b]`: checked bounds, no negatives
                    return _std_call(self, e.span, "_list_slice_span", [base, *bounds[:2],
                                                                          *subscript_assert_args(e, self.session)])
                return _std_call(self, e.span, "_list_slice", [base, *bounds])
            if e.keywords or len(e.indices) != 1:
                self.error("a List takes one index", e.span)
                return
            idx = self.expr(e.indices[0], T.INT)
            if idx.const is not None and isinstance(idx.const, int) and idx.const < 0:
                self._negative_index(base)
            e.indices[0] = self.coerce(idx, T.INT)
            e.ty = ty.elem
            return
        if isinstance(ty, T.TupleType):
            if e.keywords or len(e.indices) != 1:
                self.error("a Tuple takes one index", e.span)
                return
            idx = self.expr(e.indices[0])
            if not isinstance(idx.const, int) or not 0 <= idx.const < len(ty.elems):
                self.error(f"tuple index must be a constant between 0 and {len(ty.elems) - 1}", idx.span)
                return
            e.indices[0] = idx
            e.ty = ty.elems[idx.const]
            if isinstance(base.const, tuple) and isinstance(base, A.Name):
                e.const = base.const[idx.const]  # an element of a compile-time pack (`coeffs[i]`)
            return
        if _variant_args(ty) is not None and len(e.indices) == 1 and not e.keywords:
            return self._variant_subscript(e, base, ty)
        if ty in (T.STRING, T.STR_LIT):
            kw = {k.name: k for k in e.keywords}
            if "byte" in kw and not e.indices:
                v = kw["byte"].value
                if isinstance(v, A.Call) and isinstance(v.func, A.Name) and v.func.id == "slice":
                    parts = [self.expr(x, T.INT) for x in v.args]
                    e.indices = [self.coerce(x, T.INT) if x.ty != T.NONE else x for x in parts]
                    e.keywords = []
                    e.call = "str_slice"
                else:
                    e.indices = [self.coerce(self.expr(v, T.INT), T.INT)]
                    e.keywords = []
                    e.call = "str_byte"
                    if isinstance(e.indices[0].const, int) and e.indices[0].const < 0:
                        self._negative_byte_index(e)
                # Mojo asserts byte indices and slice bounds at run time, naming the '['.
                from .str_asserts import subscript_assert_args
                e.indices += subscript_assert_args(e, self.session)
                e.value = self.coerce(base, T.STRING)
                e.ty = T.STRING
                return
            if "codepoint" in kw and not e.indices:
                from .builtin_strings import string_codepoint_index
                return string_codepoint_index(self, e, base, kw["codepoint"].value)
            if "grapheme" in kw and not e.indices:
                from .builtin_strings import string_grapheme_index
                return string_grapheme_index(self, e, base, kw["grapheme"].value)
            v = base.span  # Mojo names the '['
            self.error("String does not support direct positional indexing like `s[i]` because Mojo strings are "
                       "UTF-8 encoded, and the same position can mean three different things. Use one of: "
                       "`s[byte=i]` for a raw UTF-8 byte, `s[codepoint=i]` for a Unicode code point, or "
                       "`s[grapheme=i]` for a user-visible character (grapheme cluster).",
                       Span(v.file, v.end_line, v.end_col, v.end_line, v.end_col + 1))
            return
        if isinstance(ty, T.StructType):
            if python_interop.is_python_object(ty):
                e.indices = [python_interop.subscript_index(self, x) for x in e.indices]
            else:  # `x[a:b]` of a struct: its `__getitem__` takes a Slice (None for a missing bound)
                e.indices = [A.Call(x.span, A.Name(x.span, "Slice"), x.args, [], x.span)
                             if isinstance(x, A.Call) and isinstance(x.func, A.Name) and x.func.id == "slice" else x
                             for x in e.indices]
            v = base.span  # the call's '(' is the '[' (where Mojo reports a raising `d[k]`)
            call = A.Call(e.span, A.Attribute(e.span, base, "__getitem__", e.span), e.indices, e.keywords,
                          Span(v.file, v.end_line, v.end_col, v.end_line, v.end_col + 1))
            return self.expr(call, expected)
        if isinstance(base, A.Name) and isinstance(base.sym, OverloadSet):
            from .closures import explicit_instance
            inst = explicit_instance(self, e, base)  # `less[Int]` as a function value
            if inst is not None:
                return inst
        self.error(f"'{ty}' is not subscriptable", e.span)
