"""The IR builder's expressions: places, operands by ownership, and every expression kind except
calls (calls.py). A mixin of FunctionBuilder (builder.py), whose emitting helpers it uses."""

from __future__ import annotations

from typing import Any

from ..check import types as T
from ..check.symbols import FuncInfo, GlobalConst, LocalVar
from ..frontend import ast as A
from . import nodes as N


class Value:
    """An expression's result: an operand to read it, and whether it is a fresh owned temporary
    (which an owned context may move) rather than a view of some place (which it must copy)."""

    __slots__ = ("fresh", "op")

    def __init__(self, op: N.Operand, fresh: bool) -> None:
        self.op = op
        self.fresh = fresh


class ExpressionBuilder:
    # ------------------------------------------------------------ places
    def place(self, e: A.Expr) -> N.Place | None:
        """The place an expression denotes, when it is addressable (variables, fields of places,
        list elements, pointer targets); None for computed values."""
        if isinstance(e, A.Name):
            sym = e.sym
            if isinstance(sym, LocalVar):
                return self.place_of_sym(sym)
            if isinstance(sym, GlobalConst) and sym.value is None:
                return self.place_of_sym(sym)
            return None
        if isinstance(e, A.Transfer):
            return self.place(e.value)
        if isinstance(e, A.Call) and getattr(e, "item_place", None) is not None:
            return e.item_place  # `d[k]` taken out for an assignment into it (builder.assign_into_item)
        if isinstance(e, A.Call) and e.target == ("opt_value",):  # `opt.value()` (and a Variant's `v[T]`)
            base = self.place(e.bound_args[0])
            if base is None:
                return None
            return base.project(N.Proj("some", e.bound_args[0].ty.elem, span=getattr(e, "lparen", None) or e.span))
        if isinstance(e, A.Attribute) and isinstance(e.value.ty, T.StructType) and e.const is None:
            base = self.place(e.value)
            if base is None:
                return None
            idx, fty = e.value.ty.info.fields[e.attr]
            return base.project(N.Proj("field", fty, idx))
        if isinstance(e, A.Subscript):
            vty = e.value.ty
            if isinstance(vty, T.ListType):
                base = self.base_place(e.value)
                idx = self.value(e.indices[0]).op
                return base.project(N.Proj("index", vty.elem, operand=idx, span=bracket_span(e)))
            if isinstance(vty, T.PointerType):
                base = self.base_place(e.value)
                offset = getattr(e, "ptr_offset", None)  # `p[i]`, `p[unsafe_offset=i]`
                return base.project(N.Proj("deref", vty.elem,
                                           operand=self.value(offset).op if offset is not None else None))
            if isinstance(vty, T.TupleType) and isinstance(e.indices[0].const, int) and e.indices[0].const >= 0:
                # `t[1] = x`, `pairs[i][1] += 1`: a tuple's element is a field of its place
                base = self.place(e.value)
                if base is None:
                    return None
                i = e.indices[0].const
                return base.project(N.Proj("field", vty.elems[i], i))
            if isinstance(vty, T.SimdType):
                base = self.place(e.value)
                if base is None:
                    return None
                return base.project(N.Proj("lane", vty.elem, operand=self.value(e.indices[0]).op,
                                           span=bracket_span(e)))
        return None

    def base_place(self, e: A.Expr) -> N.Place:
        """A place for e: its own, or a temporary holding its value (kept alive while used)."""
        p = self.place(e)
        if p is not None:
            return p
        v = self.value(e)
        assert isinstance(v.op, N.Use)
        return v.op.place

    # ------------------------------------------------------------ operands by ownership
    def copy_of(self, place: N.Place) -> N.Operand:
        return N.Use(place) if N.trivial(place.ty) else N.Copy(place)

    def owned(self, e: A.Expr, named_move: bool = False) -> N.Operand:
        """An operand for an owned context: moves a temporary or `x^`, copies any other place."""
        if isinstance(e, A.Transfer):
            p = self.place(e.value)
            if p is not None:
                runs = named_move and p.local is not None and p.local.kind != "tmp"
                return N.Move(p, runs_ctor=runs) if not N.trivial(p.ty) else N.Use(p)
        v = self.value(e)
        if isinstance(v.op, N.Const):
            return v.op
        assert isinstance(v.op, (N.Use, N.Addr))
        if isinstance(v.op, N.Addr):
            return v.op
        if N.trivial(v.op.place.ty):
            return v.op
        return N.Move(v.op.place) if v.fresh else N.Copy(v.op.place)

    def arg(self, convention: str, e: A.Expr) -> N.Operand:
        if convention in ("mut", "ref"):
            p = self.place(e)
            if p is None and convention == "ref":
                # A temporary (a literal, a call's result) bound to an immutable `ref` argument:
                # it lives in a temporary slot while the call uses its address.
                v = self.value(e)
                if not isinstance(v.op, N.Use):
                    v = self.op("id", [v.op], T.materialize(e.ty))
                p = v.op.place
            if p is None:
                p = self.base_place(e)
            return N.Addr(p)
        if convention in ("var", "deinit"):
            return self.owned(e)
        return self.value(e).op

    # ------------------------------------------------------------ expressions
    def value(self, e: A.Expr) -> Value:
        if e.const is not None:
            c = self.constant(e.const, e.ty)
            if c is not None:
                return c
        p = self.place(e) if isinstance(e, (A.Name, A.Attribute, A.Subscript, A.Transfer)) else None
        if p is not None and isinstance(e, A.Subscript) and isinstance(e.value.ty, T.PointerType) \
                and N.trivial(p.ty) and p.local is not None and not p.local.escapes:
            # Read a plain value through a raw pointer now: what it points to does not keep the
            # pointer's holder alive (Mojo's untracked origin), so `print(buf.data[i])` may destroy
            # `buf` first.
            return self.op("id", [N.Use(p)], p.ty)
        if p is not None:
            return Value(N.Use(p), False)
        return getattr(self, "expr_" + type(e).__name__)(e)

    def constant(self, v: Any, ty: T.Type) -> Value | None:
        ty = T.materialize(ty)
        if isinstance(ty, (T.IntType, T.FloatType)) or ty in (T.BOOL, T.DTYPE):
            return Value(N.Const(v, ty), False)
        if ty == T.STRING and isinstance(v, str):
            return Value(N.Const(v, ty), False)
        if isinstance(ty, T.FuncType) and isinstance(v, FuncInfo):
            return Value(N.Const(v, ty), False)
        if isinstance(ty, T.ListType) and isinstance(v, tuple):  # a comptime list
            elems = [self.constant(x, ty.elem) for x in v]
            return self.op("list_from", [x.op for x in elems if x is not None], ty, elem=ty.elem)
        return None

    def expr_NamedExpr(self, e: A.NamedExpr) -> Value:
        """`(n := v)`: assign, then read the variable (check/named_expr.py)."""
        self.assign_to(e.target, self.owned(e.value, named_move=True), e.span)
        return self.value(e.target)

    def expr_Name(self, e: A.Name) -> Value:
        sym = e.sym
        if isinstance(sym, GlobalConst) and sym.value is not None:
            c = self.constant(sym.value, sym.ty)
            if c is not None:
                return c
        raise NotImplementedError(f"name {e.id} ({type(sym).__name__})")

    def expr_NoneLit(self, e: A.NoneLit) -> Value:  # `None` passed as a NoneType argument
        return Value(N.Const(None, T.NONE), False)

    def expr_Transfer(self, e: A.Transfer) -> Value:
        return self.value(e.value)

    def expr_TupleExpr(self, e: A.TupleExpr) -> Value:
        return self.op("tuple", [self.owned(x) for x in e.elts], e.ty)

    def expr_ListExpr(self, e: A.ListExpr) -> Value:
        return self.op("list_from", [self.owned(x) for x in e.elts], e.ty, elem=e.ty.elem)

    def expr_Attribute(self, e: A.Attribute) -> Value:
        base = self.value(e.value)
        assert isinstance(base.op, N.Use)
        idx, fty = e.value.ty.info.fields[e.attr]
        return Value(N.Use(base.op.place.project(N.Proj("field", fty, idx))), False)

    def expr_Subscript(self, e: A.Subscript) -> Value:
        vty = e.value.ty
        if isinstance(vty, T.TupleType):
            base = self.value(e.value)
            assert isinstance(base.op, N.Use)
            i = e.indices[0].const
            return Value(N.Use(base.op.place.project(N.Proj("field", T.materialize(vty.elems[i]), i))), False)
        if isinstance(vty, T.SimdType):
            return self.op("extract_lane", [self.value(e.value).op, self.value(e.indices[0]).op], e.ty)
        if e.call == "str_byte":  # indices: the byte, then where and to which fd a bad one aborts
            return self.call_std("_str_byte_checked", [self.value(e.value).op,
                                                       *(self.value(x).op for x in e.indices)], e.span)
        if e.call == "str_slice":  # indices: start, stop, step, then the assertion's location and fd
            s = self.value(e.value).op
            start = self.value(e.indices[0]).op if e.indices[0].ty != T.NONE else N.Const(0, T.INT)
            stop = self.value(e.indices[1]).op if e.indices[1].ty != T.NONE else self.op("str_len", [s], T.INT).op
            loc, fd = (self.value(x).op for x in e.indices[-2:])
            return self.call_std("_str_slice_checked", [s, start, stop, loc, fd], e.span)
        p = self.place(e)
        if p is not None:
            return Value(N.Use(p), False)
        raise NotImplementedError(f"subscript of {vty}")

    def expr_IfExp(self, e: A.IfExp) -> Value:
        cond = self.value(e.cond).op
        d = self.tmp(e.ty, name="ifexp")
        then_bb, else_bb, end_bb = self.fn.new_block("ifexp.then"), self.fn.new_block("ifexp.else"), \
            self.fn.new_block("ifexp.end")
        self.cur.term = N.Branch(cond, then_bb, else_bb)
        for bb, x in ((then_bb, e.then), (else_bb, e.orelse)):
            self.cur = bb
            self.emit(N.Assign(d, "id", [self.owned(x)]))
            self.goto(end_bb)
        self.cur = end_bb
        return Value(N.Use(N.Place(d)), True)

    def expr_BoolOp(self, e: A.BoolOp) -> Value:
        d = self.tmp(T.BOOL, name="bool")
        left = self.value(e.left).op
        self.emit(N.Assign(d, "id", [left]))
        right_bb, end_bb = self.fn.new_block("bool.rhs"), self.fn.new_block("bool.end")
        if e.op == "and":
            self.cur.term = N.Branch(left, right_bb, end_bb)
        else:
            self.cur.term = N.Branch(left, end_bb, right_bb)
        self.cur = right_bb
        self.emit(N.Assign(d, "id", [self.value(e.right).op]))
        self.goto(end_bb)
        self.cur = end_bb
        return Value(N.Use(N.Place(d)), False)

    def expr_UnaryOp(self, e: A.UnaryOp) -> Value:
        if e.call is not None:
            return self.value(e.call)
        return self.op("unop", [self.value(e.operand).op], e.ty, op=e.op, ty=T.materialize(e.ty))

    def expr_BinOp(self, e: A.BinOp) -> Value:
        if e.call is not None:
            return self.value(e.call)
        ty = T.materialize(e.ty)
        a, c = self.value(e.left).op, self.value(e.right).op
        if ty == T.STRING:
            return self.call_std("_str_concat" if e.op == "+" else "_str_repeat", [a, c], e.span)
        return self.op("binop", [a, c], ty, span=e.span, op=e.op, ty=ty)

    def expr_Compare(self, e: A.Compare) -> Value:
        operands = [e.left] + e.comparators
        if len(e.ops) == 1:
            return self.compare_one(e.ops[0], e.calls[0], operands[0], operands[1], None, None)
        d = self.tmp(T.BOOL, name="cmp")
        end = self.fn.new_block("cmp.end")
        left_v = self.value(operands[0]).op
        for i, op in enumerate(e.ops):
            right_v = self.value(operands[i + 1]).op
            r = self.compare_one(op, e.calls[i], operands[i], operands[i + 1], left_v, right_v).op
            self.emit(N.Assign(d, "id", [r]))
            if i == len(e.ops) - 1:
                self.goto(end)
            else:
                nxt = self.fn.new_block("cmp.next")
                self.cur.term = N.Branch(r, nxt, end)
                self.cur = nxt
            left_v = right_v
        self.cur = end
        return Value(N.Use(N.Place(d)), False)

    def not_(self, v: Value) -> Value:
        return self.op("unop", [v.op], T.BOOL, op="not", ty=T.BOOL)

    def compare_one(self, op: str, how: Any, left: A.Expr, right: A.Expr, lv: N.Operand | None,
                    rv: N.Operand | None) -> Value:
        kind = how[0]
        if kind in ("method", "method_not"):
            v = self.value(how[1])
            return self.not_(v) if kind == "method_not" else v
        if kind == "opt_is_none":
            v = lv if lv is not None else self.value(left).op
            has = self.op("opt_has", [v], T.BOOL)
            return has if how[1] else self.not_(has)
        lv = lv if lv is not None else self.value(left).op
        rv = rv if rv is not None else self.value(right).op
        if kind == "list_in":
            r = self.op("list_in", [rv, lv], T.BOOL, elem=right.ty.elem)
            return self.not_(r) if how[1] else r
        if kind == "str_in":
            r = self.call_std("_str_contains", [rv, lv])
            return self.not_(r) if how[1] else r
        if kind == "str":
            if op in ("==", "!="):
                r = self.call_std("_str_eq", [lv, rv])
                return r if op == "==" else self.not_(r)
            c = self.call_std("_str_cmp", [lv, rv])
            return self.op("cmp", [c.op, N.Const(0, T.INT)], T.BOOL, cmp=op, ty=T.INT)
        if kind == "tuple":
            r = self.op("equal", [lv, rv], T.BOOL, ty=T.materialize(left.ty))
            return r if op == "==" else self.not_(r)
        ty = T.materialize(left.ty if left.ty not in T.LITERALS else right.ty)
        return self.op("cmp", [lv, rv], T.BOOL, cmp=op, ty=ty)

    def expr_Convert(self, e: A.Convert) -> Value:
        src, dst = T.materialize(e.value.ty), T.materialize(e.ty)
        if isinstance(dst, T.OptionalType):
            if src == T.NONE:
                return self.op("opt_none", [], dst)
            if isinstance(src, T.OptionalType):
                return self.value(e.value)
            return self.op("opt_some", [self.owned(e.value)], dst)
        if dst == T.ERROR and src == T.STRING:
            return self.op("id", [self.owned(e.value)], dst)
        v = self.value(e.value)
        if src == dst:
            return v
        return self.op("convert", [v.op], dst, src=src, dst=dst)

    def expr_ListComp(self, e: A.ListComp) -> Value:
        lst = self.op("list_new", [], e.ty, elem=e.ty.elem)
        self.comprehension(e.generators, lambda: self.emit(N.Assign(
            self.tmp(T.NONE, False), "list_append", [lst.op, self.owned(e.elt)], {"elem": e.ty.elem})), e.span)
        return lst

    def expr_SetDictComp(self, e: A.SetDictComp) -> Value:
        self.init_var(e.acc, self.owned(e.init), e.span)
        self.comprehension(e.generators, lambda: self.value(e.insert), e.span)
        return Value(N.Use(self.place_of_sym(e.acc)), True)  # the hidden local is moved out, never read again

    def comprehension(self, gens: list[A.Comprehension], innermost: Any, span: Any) -> None:
        """The nested loops of a comprehension, running innermost() for each element that passes."""
        e = A.ListComp(span, None, gens)  # type: ignore[arg-type]

        def level(i: int) -> None:
            if i == len(e.generators):
                innermost()
                return
            g = e.generators[i]

            def body() -> None:
                if not g.conds:
                    level(i + 1)
                    return
                then_bb, end_bb = self.fn.new_block("comp.then"), self.fn.new_block("comp.end")
                for c in g.conds:
                    nxt = self.fn.new_block("comp.cond")
                    self.cur.term = N.Branch(self.value(c).op, nxt, end_bb)
                    self.cur = nxt
                self.goto(then_bb)
                self.cur = then_bb
                level(i + 1)
                self.goto(end_bb)
                self.cur = end_bb

            self.loop_over(g.iter, g.syms, body, [], e.span)

        level(0)


def bracket_span(e: A.Expr) -> Any:
    """Mojo reports an out-of-bounds index at the '[' of the subscript."""
    if isinstance(e, A.Subscript):
        v = e.value.span
        return type(v)(v.file, v.end_line, v.end_col, v.end_line, v.end_col + 1)
    if isinstance(e, A.Call):  # `xs.pop(i)`: at its '(', as Mojo reports it
        return e.lparen
    return e.span
