"""Iteration: the iterator protocol behind `for` loops (`__iter__`, `__next__`, `__has_next__`, Python
objects, String's graphemes, `as_bytes()`), the element type of a loop, and list/set/dict comprehensions.

A mixin of the Checker (check/checker.py) through StatementChecker; `self` is the Checker."""

from __future__ import annotations

from ..frontend import ast as A
from . import python_interop
from . import types as T
from .support import Scope
from .symbols import LocalVar


class IterationChecker:
    def loop_iterable(self, it: A.Expr) -> A.Expr:
        """What `for x in it` (and a comprehension's `for`) walks: bytes, a String's graphemes, a Python
        object, `it.__iter__()`, or an iterator struct driven by `__next__`."""
        from .builtin_iteration import bytes_iter, is_as_bytes
        if is_as_bytes(it):
            it = bytes_iter(it)
        if it.ty in (T.STRING, T.STR_LIT):  # String.__iter__: its grapheme clusters
            it = self.expr(A.Call(it.span, A.Attribute(it.span, it, "graphemes", it.span), [], [], it.span))
        if python_interop.is_python_object(it.ty):
            it = python_interop.iterate(self, it)
        elif isinstance(it.ty, T.StructType) and "__iter__" in it.ty.info.methods:
            it = self.method_call(it, it.ty.info, "__iter__", [], it.span)
        if isinstance(it.ty, T.StructType) and "__next__" in it.ty.info.methods:
            self._iterator_protocol(it)
        return it

    def _iterator_protocol(self, it: A.Expr) -> None:
        """`for x in it` over an iterator struct: `it.__next__()` until it raises StopIteration."""
        fn = self.require(it.ty.info.methods["__next__"].funcs[0])
        it.next_fn = fn  # type: ignore[attr-defined]  # ir/builder.py iterator_loop
        if not fn.raises:
            # A `__next__` that cannot raise ends the loop through `__has_next__` (Mojo 1.2 asks it before
            # each `__next__`); one that raises StopIteration ends it by raising, and `__has_next__` is unused.
            if "__has_next__" not in it.ty.info.methods:
                self.error(f"'{it.ty}' does not implement the '__has_next__' method", it.span)
                return
            it.has_next_fn = self.require(it.ty.info.methods["__has_next__"].funcs[0])  # type: ignore[attr-defined]
            return
        stops = isinstance(fn.error_type, T.StructType) and fn.error_type.info.name == "StopIteration"
        if fn.raises and not stops and self._ctx is not None and not self._ctx.can_raise:
            self.error("this iterator's '__next__' may raise an error other than StopIteration, in a context "
                       "that cannot raise", it.span)

    def iter_elem(self, it: A.Expr) -> T.Type | None:
        ty = it.ty
        if getattr(it, "next_fn", None) is not None:
            return T.materialize(it.next_fn.ret)
        if isinstance(ty, T.ListType):
            return ty.elem
        if isinstance(ty, T.IterType):
            return ty.elem
        if ty in (T.STRING, T.STR_LIT):
            self.error("a String is not iterable; iterate over 's.codepoints()' or 's.as_bytes()'", it.span)
            return T.UNKNOWN
        return None

    def expr_ListComp(self, e: A.ListComp, expected: T.Type | None) -> None:
        outer = self._scope
        self._comp_generators(e.generators)
        want = expected.elem if isinstance(expected, T.ListType) else None
        elt = self.expr(e.elt, want)
        ty = want or T.materialize(elt.ty)
        e.elt = self.coerce(elt, ty)
        self._scope = outer
        e.ty = T.ListType(ty) if ty != T.UNKNOWN else T.UNKNOWN

    def expr_SetDictComp(self, e: A.SetDictComp, expected: T.Type | None) -> None:
        """`{k for ...}` fills a hidden Set with `add`, `{k: v for ...}` a Dict with `__setitem__`."""
        outer = self._scope
        is_dict = e.value is not None
        self._comp_generators(e.generators)
        key = self.expr(e.key)
        value = self.expr(e.value) if e.value is not None else None
        params = [T.materialize(key.ty)] + ([T.materialize(value.ty)] if value is not None else [])
        if T.UNKNOWN in params:
            self._scope = outer
            e.ty = T.UNKNOWN
            return
        tmpl = self.modules["std.collections"].members["Dict" if is_dict else "Set"]
        ty = self.instantiate_struct(tmpl, params, e.span)
        if not isinstance(ty, T.StructType):
            self._scope = outer
            e.ty = T.UNKNOWN
            return
        acc_name = self._hidden("comp")
        e.acc = LocalVar(acc_name, ty, e.span)
        self._ctx.func.locals.append(e.acc)  # type: ignore[attr-defined]
        acc = A.Name(e.span, acc_name)
        acc.sym, acc.ty = e.acc, ty
        args = [self.coerce(key, params[0])] + ([self.coerce(value, params[1])] if value is not None else [])
        e.insert = self.method_call(acc, ty.info, "__setitem__" if is_dict else "add", args, e.span)
        self._scope = outer
        empties = []
        for p in params:
            lst = A.ListExpr(e.span, [])
            lst.ty = T.ListType(p)
            empties.append(lst)
        meta = A.Name(e.span, "<literal>")
        meta.ty = T.MetaType(ty)
        e.init = self.expr(A.Call(e.span, A.Attribute(e.span, meta, "_from_lists" if is_dict else "_from_list",
                                                      e.span), empties, [], e.span))
        e.ty = ty

    def _comp_generators(self, gens: list[A.Comprehension]) -> None:
        """Check a comprehension's `for ... in ... if ...` clauses, each opening a scope for its names."""
        for g in gens:
            g.iter = self.loop_iterable(self.expr(g.iter))
            elem = self.iter_elem(g.iter) or T.UNKNOWN
            if len(g.targets) > 1:
                tys = list(elem.elems) if isinstance(elem, T.TupleType) and len(elem.elems) == len(g.targets) \
                    else [T.UNKNOWN] * len(g.targets)
            else:
                tys = [elem]
            self._scope = Scope(self._scope)
            g.syms = [self.declare_local(n, t, sp, True) for n, t, sp in zip(g.targets, tys, g.target_spans)]
            g.conds = [self.cond(c) for c in g.conds]
