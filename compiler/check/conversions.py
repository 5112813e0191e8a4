"""Implicit conversions: what converts to what (literals, Optional, tuples, function values, SIMD
splats, @implicit constructors, the 2023 dialect's), and coerce, which makes a conversion explicit
in the tree.

A mixin of the Checker (check/checker.py); `self` is the Checker."""

from __future__ import annotations

from fractions import Fraction

from ..frontend import ast as A
from . import closures, simd
from . import types as T
from .symbols import (
    FuncInfo,
    GlobalConst,
    OverloadSet,
)
from .support import (
    _not_a_value,
    _variant_args,
)


class ConversionChecker:
    def require_value(self, e: A.Expr) -> A.Expr:
        """e must be a run-time value: not a type, a module or a function name without a
        function type to give it (`var f = print`)."""
        if _not_a_value(e.ty) and closures.value_of_function(e):
            return e  # `var g = double`: a `def(Int) thin -> Int`
        if _not_a_value(e.ty):
            what = {"module": "a module", "method": "a method"}.get(getattr(e.ty, "name", ""), "a function")
            if isinstance(e.ty, T.MetaType) or getattr(e.ty, "name", "").startswith("generic:"):
                what = "a type"
            self.error(f"{what} cannot be used as a value here", e.span,
                       fixit="to pass a function, give the variable a function type: 'var f: def(Int) -> Int = g'"
                       if what == "a function" else None)
            e.ty = T.UNKNOWN
        return e

    # ------------------------------------------------------------------ conversions
    def coerce(self, e: A.Expr, target: T.Type) -> A.Expr:
        """Implicitly convert e to target (Mojo's implicit conversions only), or report why not."""
        src = e.ty
        if _not_a_value(src) and not isinstance(target, T.FuncType):
            return self.require_value(e)
        if src == target or target == T.UNKNOWN or src == T.UNKNOWN:
            return e
        ok = self.convertible(e, target)
        if not ok:
            if isinstance(target, T.FuncType) and isinstance(e, A.Name) and isinstance(e.sym, OverloadSet):
                self.error(f"'{e.id}' does not match the function type '{target}' (closures that capture "
                           "variables cannot be passed as values)", e.span)
                return e
            self.error(f"cannot implicitly convert '{T.display(src, e.const)}' value to '{target}'", e.span)
            return e
        if isinstance(target, T.FuncType):
            e.const = self._function_value(e, target)  # a compile-time constant: the function itself
            e.ty = target
            return e
        if isinstance(target, T.SimdType) and not isinstance(src, T.SimdType):
            return simd.broadcast(self, e, target)  # `SIMD[D, w]` from a scalar: every lane gets it
        if isinstance(target, T.StructType):
            return self._implicit_construct(e, target)
        if e.const is not None and src in T.LITERALS and not isinstance(target, T.OptionalType):
            # Literals take the target type directly; codegen emits the constant.
            if isinstance(target, T.IntType):
                e.const = target.wrap(int(e.const))
            elif isinstance(target, T.FloatType) and not isinstance(e.const, float):
                e.const = Fraction(e.const)
            e.ty = target
            return e
        if isinstance(e, A.TupleExpr) and isinstance(target, T.TupleType):
            e.elts = [self.coerce(x, t) for x, t in zip(e.elts, target.elems)]
            e.ty = target
            return e
        if isinstance(target, T.OptionalType) and src != T.NONE:
            e = self.coerce(e, target.elem)
        c = A.Convert(e.span, e)
        c.ty = target
        return c

    def _function_value(self, e: A.Expr, target: T.FuncType) -> FuncInfo | None:
        """The function a name denotes, if it fits the function type `target`."""
        sym = e.sym if isinstance(e, A.Name) else None
        if isinstance(sym, GlobalConst) and isinstance(sym.value, FuncInfo):
            return sym.value
        if not isinstance(sym, OverloadSet):
            return None
        for f in sym.funcs:
            if f.template is None and not any(p.capture is not None for p in f.params) and \
                    tuple(p.ty for p in f.params) == target.params and f.ret == target.ret and \
                    (f.raises <= target.raises):
                return f
        return None

    def convertible(self, e: A.Expr, target: T.Type) -> bool:
        src = e.ty
        if src == target:
            return True
        if isinstance(target, T.FuncType):
            return self._function_value(e, target) is not None
        if isinstance(target, T.StructType):
            return bool(self._implicit_ctors(e, target))
        if isinstance(target, T.SimdType) and (src in (T.INT_LIT, T.FLOAT_LIT) or src == target.elem):
            return self.convertible(e, target.elem)  # Mojo's implicit SIMD(scalar): a splat
        if src == T.INT_LIT:
            return isinstance(target, (T.IntType, T.FloatType)) or \
                (isinstance(target, T.OptionalType) and self.convertible(e, target.elem))
        if src == T.FLOAT_LIT:
            return isinstance(target, T.FloatType) or \
                (isinstance(target, T.OptionalType) and isinstance(target.elem, T.FloatType))
        if src == T.STR_LIT:
            return target == T.STRING or target == T.OptionalType(T.STRING)
        if isinstance(target, T.OptionalType):
            return src == T.NONE or src == target.elem or self.convertible(e, target.elem)
        if isinstance(src, T.TupleType) and isinstance(target, T.TupleType) and len(src.elems) == len(target.elems):
            if isinstance(e, A.TupleExpr):
                return all(self.convertible(x, t) for x, t in zip(e.elts, target.elems))
            return all(a == b or T.materialize(a) == b for a, b in zip(src.elems, target.elems))
        if src == T.BOOL and target == T.BOOL:
            return True
        if isinstance(src, T.IntType) and isinstance(target, (T.FloatType, T.SimdType)) and self._in_2023_code():
            return True  # 2023: SIMD and the float types converted from Int implicitly
        if isinstance(src, T.FloatType) and self._in_2023_code() and (isinstance(target, T.FloatType) or (
                isinstance(target, T.SimdType) and isinstance(target.elem, T.FloatType))):
            return True  # 2023/2024: SIMD's `__init__(Float64)` cast and splat a float implicitly
        return False

    def _in_2023_code(self) -> bool:
        return self.dialect_2023 and self._ctx is not None and not self.is_stdlib_func(self._ctx.func)

    def _implicit_ctors(self, e: A.Expr, target: T.StructType) -> list[FuncInfo]:
        init = target.info.methods.get("__init__")
        if init is None or self._converting_implicitly:
            return []
        out = []
        self._converting_implicitly = True
        try:
            for fn in init.funcs:
                if fn.decl is None or \
                        not any(isinstance(d, A.Name) and d.id == "implicit" for d in fn.decl.decorators):
                    continue
                probe = A.Call(e.span, A.Name(e.span, target.info.name), [e], [], e.span)
                if fn.template is not None:
                    # A generic one (Variant's `__init__[T](var value: T)`) only for one of its types.
                    if T.materialize(e.ty) not in (_variant_args(target) or ()):
                        continue
                    fn = self.instantiate_for_call(fn, probe, True, None)
                    if fn is None:
                        continue
                if self._match_score(probe, fn, True) is not None:
                    out.append(fn)
        finally:
            self._converting_implicitly = False
        return out

    def _implicit_construct(self, e: A.Expr, target: T.StructType) -> A.Expr:
        from . import pointers

        if pointers.is_span(target) and isinstance(e.ty, T.ListType) and isinstance(e, (A.Name, A.Attribute)):
            # `total(xs)` with a Span parameter: built as `Span(xs)` is, through a pointer to xs, so that
            # xs is not destroyed (as a last use) before the callee reads through the view.
            to = A.Call(e.span, A.Name(e.span, "Pointer"), [], [A.Keyword(e.span, "to", e)], e.span)
            return pointers._std(self, "_span_of", [self.expr(to)], e.span, lparen=e.span)
        view = pointers.list_slice_view(self, e, target)
        if view is not None:
            return view
        call = A.Call(e.span, A.Name(e.span, target.info.name), [e], [], e.span)
        ctors = self._implicit_ctors(e, target)
        self._converting_implicitly = True
        try:
            self.call_overloads(call, ctors, None, e.span, ctor=target.info)
        finally:
            self._converting_implicitly = False
        call.ty = target
        return call

    dialect_2023 = False  # the module being checked uses 2023 spellings (the parser saw them)
    # In a notebook session: whether a `%%python` cell defined this global (2023 Mojo cells used them).
    python_global: Any = None

    # `@implicit` constructors: `var m: Meters = 4`, `walk(2.5)`, `return 5` call `Meters(...)` as Mojo
    # does; one conversion at most (the constructor's argument is not converted implicitly again).
    _converting_implicitly = False
