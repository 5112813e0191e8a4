"""The IR builder's calls: functions, constructors, builtins (print, len, conversions), List
methods, and mutating calls on `d[k]`. A mixin of FunctionBuilder (builder.py)."""

from __future__ import annotations

from typing import Any

from ..check import types as T
from ..check.symbols import FuncInfo, ParamInfo
from ..frontend import ast as A
from . import nodes as N
from .expressions import Value


class CallBuilder:
    # ------------------------------------------------------------ calls
    def args_for(self, f: FuncInfo, args: list[A.Expr]) -> list[N.Operand]:
        params = [p for p in f.params if p.convention != "out"]
        return [self.arg(p.convention, a) for p, a in zip(params, args)]

    def expr_Call(self, e: A.Call) -> Value:
        v = self._call(e)
        if e.target[0] == "func" and e.target[1].never:
            self.terminate(N.Unreachable())  # `-> Never`: what follows the call is dead
        return v

    def _call(self, e: A.Call) -> Value:
        tgt = e.target
        kind = tgt[0]
        if kind == "func":
            f: FuncInfo = tgt[1]
            if f.intrinsic:
                # By convention: a `var` argument (`__ptr_init`) moves its value into the intrinsic.
                return self.op("intrinsic", self.args_for(f, e.bound_args), f.ret, span=e.span,
                               name=f.intrinsic, params=[p.ty for p in f.params])
            item = _container_item(e.bound_args[0]) if e.bound_args and f.self_convention == "mut" else None
            if item is not None:
                return self.through_item(item, lambda recv: self.call(
                    f, [N.Addr(recv.place)] + self.args_for(f, e.bound_args)[1:], e.span))
            args = self.args_for(f, e.bound_args)
            if f.returns_ref:
                for a in args:  # the result points into this variable: it lives as long as the function
                    if isinstance(a, N.Addr) and a.place.local is not None:
                        a.place.local.escapes = True
            return self.call(f, args, e.span)
        if kind == "ctor":
            f = tgt[2]
            return self.call(f, self.args_for(f, e.bound_args), e.span)
        if kind == "fieldwise":
            return self.op("struct", [self.owned(a) for a in e.bound_args], tgt[1].ty)
        if kind == "print":
            # One operation, so that what its arguments need lives until the line is written.
            args = [self.value(a).op for a in e.bound_args]
            sep = self.value(e.print_sep).op if e.print_sep is not None else N.Const(" ", T.STRING)
            end = self.value(e.print_end).op if e.print_end is not None else N.Const("\n", T.STRING)
            self.emit(N.Assign(self.tmp(T.NONE, False), "print", args + [sep, end],
                               {"tys": [T.materialize(a.ty) for a in e.bound_args]}, span=e.span))
            return Value(N.Const(None, T.NONE), False)
        if kind == "writer_write":
            p = self.place(e.bound_args[0])
            assert p is not None
            args = [self.value(a).op for a in e.bound_args[1:]]
            self.emit(N.Assign(self.tmp(T.NONE, False), "writer_write", [N.Addr(p)] + args,
                               {"tys": [T.materialize(a.ty) for a in e.bound_args[1:]]}, span=e.span))
            return Value(N.Const(None, T.NONE), False)
        if kind in ("to_string", "repr"):
            a = e.bound_args[0]
            if getattr(e, "repr_method", False):  # a struct's own write_repr_to
                return self.op("to_string", [self.value(a).op], T.STRING, span=e.span, ty=T.materialize(a.ty),
                               method="write_repr_to")
            return self.to_string(self.value(a), a.ty, e.span)
        if kind == "const":
            c = self.constant(e.const, e.ty)
            assert c is not None
            return c
        if kind == "addr_of":
            p = self.place(e.bound_args[0])
            assert p is not None
            if p.local is not None:
                p.local.escapes = True
            return self.op("id", [N.Addr(p)], e.ty)
        if kind.startswith("simd_"):
            return self.op(kind, [self.value(a).op for a in e.bound_args], e.ty, arg=tgt[1] if len(tgt) > 1 else None,
                           src=e.bound_args[0].ty if e.bound_args else None)
        if kind == "indirect":
            fty: T.FuncType = tgt[1]

            proto = FuncInfo("<fn>", None, [ParamInfo(f"a{i}", t, "read", None, False, e.span)
                                            for i, t in enumerate(fty.params)], fty.ret, fty.raises, "")
            pointer = self.value(e.func).op
            return self.call(proto, [self.value(a).op for a in e.bound_args], e.span, fty=fty, pointer=pointer)
        if kind == "vectorize":
            return self.vectorize_loop(e)
        if kind == "stack_alloc":  # std.memory.stack_allocation: storage in this function's frame
            return self.op("stack_alloc", [], e.ty, count=tgt[1])
        if kind == "parallel_for":  # check/algorithm.parallelize; codegen/parallel.py
            _, fn, captures = tgt
            args = [self.value(a).op for a in e.bound_args]
            if len(args) == 1:
                args.append(N.Const(0, T.INT))  # as many workers as CPUs
            caps = [self.arg(conv, a) for conv, a in captures]
            self.emit(N.Assign(self.tmp(T.NONE, False), "parallel_for", args + caps, {"func": fn}, span=e.span))
            return Value(N.Const(None, T.NONE), False)
        if kind == "bench_loop":  # check/legacy2023.benchmark_run
            return self.bench_loop(e)
        if kind == "identity":
            return self.value(e.bound_args[0])
        if kind == "len":
            return self.op("list_len", [self.value(e.bound_args[0]).op], T.INT)
        if kind == "str_len":
            return self.op("str_len", [self.value(e.bound_args[0]).op], T.INT)
        if kind == "list_method":
            return self.list_method(tgt[1], e)
        if kind == "list_new":
            return self.op("list_new", [self.value(a).op for a in e.bound_args], e.ty, elem=e.ty.elem)
        if kind == "list_filled":
            n = self.value(e.bound_args[0]).op
            fill = self.value(e.bound_args[1]).op
            return self.op("list_filled", [n, fill], e.ty, elem=e.ty.elem)
        if kind == "sort":
            self.emit(N.Assign(self.tmp(T.NONE, False), "list_sort", [self.value(e.bound_args[0]).op],
                               {"elem": e.bound_args[0].ty.elem}))
            return Value(N.Const(None, T.NONE), False)
        if kind == "error":
            if not e.bound_args:
                return self.op("id", [N.Const("", T.STRING)], T.ERROR)
            return self.op("id", [self.owned(e.bound_args[0])], T.ERROR)
        if kind == "copy":
            v = self.value(e.bound_args[0])
            assert isinstance(v.op, N.Use)
            return self.op("id", [self.copy_of(v.op.place)], e.ty)
        if kind == "opt_value":
            v = self.value(e.bound_args[0])
            assert isinstance(v.op, N.Use)
            elem = e.bound_args[0].ty.elem
            # Mojo names the call's parenthesis when the Optional is empty.
            some = N.Proj("some", elem, span=getattr(e, "lparen", None) or e.span)
            return Value(N.Use(v.op.place.project(some)), False)
        if kind == "opt_or_else":
            v = self.value(e.bound_args[0]).op
            d = self.value(e.bound_args[1]).op
            return self.op("opt_or_else", [v, d], e.ty)
        if kind in ("abs", "min", "max"):
            return self.op(kind, [self.value(a).op for a in e.bound_args], e.ty, ty=T.materialize(e.ty))
        if kind == "math":
            return self.op("math", [self.value(a).op for a in e.bound_args], e.ty, name=tgt[1])
        if kind == "iter":
            raise NotImplementedError("iterators are only usable in a for loop")
        raise NotImplementedError(f"call kind {kind}")

    def bench_loop(self, e: A.Call) -> Value:
        """The mean time of `f()` in ns: one timed call sets how many follow (about 0.1 s of them,
        stdlib/utils.legacy2023.mojo), then those are timed together."""
        _, f, captures = e.target
        caps = [self.arg(conv, a) for conv, a in captures]

        def clock() -> N.Operand:
            return self.call_std("_legacy_clock", [], e.span).op

        def minus(a: N.Operand, b: N.Operand) -> N.Operand:
            return self.op("binop", [a, b], T.INT, op="-", ty=T.INT).op

        t0 = clock()
        self.call(f, list(caps), e.span)
        n = self.pin(self.call_std("_legacy_iterations", [minus(clock(), t0)], e.span).op)
        i = self.tmp(T.INT, False, name="bench.i")
        self.emit(N.Assign(i, "id", [N.Const(0, T.INT)]))
        t1 = self.pin(clock())
        head, body, done = self.fn.new_block("bench.head"), self.fn.new_block("bench.body"), \
            self.fn.new_block("bench.done")
        self.goto(head)
        self.cur = head
        more = self.op("cmp", [N.Use(N.Place(i)), n], T.BOOL, cmp="<", ty=T.INT)
        self.cur.term = N.Branch(more.op, body, done)
        self.cur = body
        self.call(f, list(caps), e.span)
        self.emit(N.Assign(i, "binop", [N.Use(N.Place(i)), N.Const(1, T.INT)], {"op": "+", "ty": T.INT}))
        self.goto(head)
        self.cur = done
        total = minus(clock(), t1)
        return self.op("binop", [total, n], T.INT, op="//", ty=T.INT)

    def vectorize_loop(self, e: A.Call) -> Value:
        """`vectorize[w](n, body)` (check/algorithm.py): body[w](i) while i + w <= n, then body[1](i)
        for each element left."""
        _, width, wide, narrow, captures, tail = e.target
        n = self.value(e.bound_args[0]).op
        i = self.tmp(T.INT, False, name="vec.i")
        self.emit(N.Assign(i, "id", [N.Const(0, T.INT)]))

        def call(f: FuncInfo) -> None:
            caps = [self.arg(p.convention, a) for p, a in zip([p for p in f.params if p.capture is not None],
                                                                 captures)]
            self.call(f, [N.Use(N.Place(i))] + caps, e.span)

        for k, (step, f) in enumerate(((width, wide), (1, narrow))):
            if k == 1 and tail is not None:  # a static size's remainder, in one call
                call(tail)
                break
            if k == 1 and width == 1:
                break
            head, body, done = self.fn.new_block("vec.head"), self.fn.new_block("vec.body"), \
                self.fn.new_block("vec.done")
            self.goto(head)
            self.cur = head
            end = self.op("binop", [N.Use(N.Place(i)), N.Const(step, T.INT)], T.INT, op="+", ty=T.INT, span=e.span)
            fits = self.op("cmp", [end.op, n], T.BOOL, cmp="<=", ty=T.INT)
            self.cur.term = N.Branch(fits.op, body, done)
            self.cur = body
            call(f)
            self.emit(N.Assign(i, "id", [end.op]))
            self.goto(head)
            self.cur = done
        return Value(N.Const(None, T.NONE), False)

    def list_method(self, name: str, e: A.Call) -> Value:
        if name in _MUTATING_LIST_METHODS:
            item = _container_item(e.bound_args[0])
            if item is not None:
                return self.through_item(item, lambda recv: self.list_method_on(name, e, recv))
        return self.list_method_on(name, e, self.value(e.bound_args[0]).op)

    def through_item(self, item: A.Call, mutate: Any) -> Value:
        """`d[k].append(x)`, `d[k].method()` with `mut self`: Mojo mutates the element through the
        reference `__getitem__` returns. Without references in results yet, the element is taken
        out, mutated, and stored back through `__setitem__` (as `d[k] += v` already is)."""
        inner = _container_item(item.bound_args[0])
        if inner is not None:  # `d[a][b].append(x)`: the outer element is taken out and stored back too
            return self.through_item(inner, lambda recv: self._through_item_at(recv.place, item, mutate))
        return self._through_item_at(self.base_place(item.bound_args[0]), item, mutate)

    def _through_item_at(self, container: N.Place, item: A.Call, mutate: Any) -> Value:
        getitem: FuncInfo = item.target[1]
        setitem = getitem.owner.methods["__setitem__"].funcs[0]
        key = self.value(item.bound_args[1])
        if not key.fresh and isinstance(key.op, N.Use) and not N.trivial(key.op.ty):
            key = self.op("id", [N.Copy(key.op.place)], key.op.ty)  # stays valid while the container changes
        self_op = N.Addr(container) if getitem.params[0].convention in ("mut", "ref") else N.Use(container)
        element = self.call(getitem, [self_op, key.op], item.span)
        assert isinstance(element.op, N.Use)
        result = mutate(element.op)
        key_arg = key.op if setitem.params[1].convention not in ("var", "deinit") or N.trivial(key.op.ty) \
            else N.Move(key.op.place)  # type: ignore[union-attr]
        self.call(setitem, [N.Addr(container), key_arg, N.Move(element.op.place)], item.span)
        return result

    def list_method_on(self, name: str, e: A.Call, lst: N.Operand) -> Value:
        args = e.bound_args
        elem = args[0].ty.elem
        none = Value(N.Const(None, T.NONE), False)
        if name == "append":
            self.emit(N.Assign(self.tmp(T.NONE, False), "list_append", [lst, self.owned(args[1])], {"elem": elem}))
            return none
        if name == "__len__":
            return self.op("list_len", [lst], T.INT)
        if name == "pop":
            if len(args) > 1:
                # pop(i) takes no negative index (Mojo 1.2): i outside 0..len-1 aborts at the call's '('.
                return self.op("list_pop", [lst, self.value(args[1]).op], elem, span=e.span, elem=elem,
                               last=False, loc=e.lparen)
            # pop() asserts inside Mojo's own source, and names that place.
            return self.op("list_pop", [lst, N.Const(-1, T.INT)], elem, span=e.span, elem=elem, last=True,
                           loc="Mojo/stdlib/std/collections/list.mojo:1095:24")
        if name == "insert":
            self.emit(N.Assign(self.tmp(T.NONE, False), "list_insert",
                               [lst, self.value(args[1]).op, self.owned(args[2])], {"elem": elem, "loc": e.lparen}))
            return none
        if name in ("clear", "reverse"):
            self.emit(N.Assign(self.tmp(T.NONE, False), "list_" + name, [lst], {"elem": elem}))
            return none
        if name == "copy":
            return self.op("list_copy", [lst], args[0].ty, elem=elem)
        if name == "extend":
            self.emit(N.Assign(self.tmp(T.NONE, False), "list_extend", [lst, self.value(args[1]).op], {"elem": elem}))
            return none
        if name == "count":
            return self.op("list_count", [lst, self.value(args[1]).op], T.INT, elem=elem)
        if name == "index":
            r = self.op("list_find", [lst, self.value(args[1]).op], T.INT, elem=elem)
            bad = self.op("cmp", [r.op, N.Const(0, T.INT)], T.BOOL, cmp="<", ty=T.INT)
            raise_bb, ok_bb = self.fn.new_block("index.missing"), self.fn.new_block("index.found")
            self.cur.term = N.Branch(bad.op, raise_bb, ok_bb)
            self.cur = raise_bb
            self.raise_(N.Const("ValueError: Given element is not in list", T.ERROR), e.span)
            self.cur = ok_bb
            return r
        raise NotImplementedError(name)

    # ------------------------------------------------------------ printing
    def to_string(self, v: Value, ty: T.Type, span: Any) -> Value:
        return self.op("to_string", [v.op], T.STRING, span=span, ty=T.materialize(ty))



_MUTATING_LIST_METHODS = {"append", "insert", "pop", "clear", "extend", "reverse"}


def _container_item(e: A.Expr) -> A.Call | None:
    """`d[k]` of a struct with `__getitem__` and `__setitem__` (Dict, user containers), or None."""
    if not isinstance(e, A.Call) or not isinstance(e.target, tuple) or e.target[0] != "func":
        return None
    f = e.target[1]
    if f.name != "__getitem__" or f.owner is None or "__setitem__" not in f.owner.methods:
        return None
    return e if len(e.bound_args) == 2 else None
