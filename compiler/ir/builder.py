"""The IR builder: the checked AST of one function -> an IR `Function` (see nodes.py).

Control flow is made explicit here: loops, `try/except/finally` (a `finally` body is copied onto
every way out: normal exit, return, break, continue, error), short-circuit operators and
conditional expressions become blocks. Every expression becomes an operand: a constant, a place
(variables, fields, list elements) or a temporary. What each use does to ownership is decided
here, as Mojo defines it:
  * owned contexts (`var x = e`, assignment, `var` arguments, return, container elements) take
    `move` of a temporary or of `x^`, and `copy` of any other place;
  * everything else borrows (`use`).
Destruction is not decided here: passes/ownership.py inserts `Destroy` after last uses.
"""

from __future__ import annotations

from typing import Any

from ..check import types as T
from ..check.symbols import FuncInfo, GlobalConst, LocalVar
from ..frontend import ast as A
from . import nodes as N
from .calls import CallBuilder, _container_item
from .expressions import ExpressionBuilder, Value


class FunctionBuilder(ExpressionBuilder, CallBuilder):
    def __init__(self, ctx: Any, info: FuncInfo | None, name: str | None = None) -> None:
        self.ctx = ctx  # the ModuleBuilder: standard-library lookups, session globals
        self.info = info
        self.fn = N.Function(name or (info.llname if info else "<entry>"), info, [],
                             raises=bool(info and info.raises), ret=info.ret if info else T.NONE)
        self.cur = self.fn.new_block("entry")
        self.vars: dict[LocalVar, N.Local] = {}
        self.unwind: list[tuple] = []  # ("loop", break, continue) | ("handler", err, block) | ("finally", body)

    # ------------------------------------------------------------ emitting
    def emit(self, instr: N.Instr) -> None:
        self.cur.instrs.append(instr)

    def terminate(self, term: N.Terminator) -> None:
        if self.cur.term is None:
            self.cur.term = term
        self.cur = self.fn.new_block("dead")

    def goto(self, target: N.Block) -> None:
        if self.cur.term is None:
            self.cur.term = N.Goto(target)

    def start(self, block: N.Block) -> None:
        self.goto(block)
        self.cur = block

    @property
    def reachable(self) -> bool:
        return self.cur.term is None

    def tmp(self, ty: T.Type, owned: bool = True, name: str = "t") -> N.Local:
        return self.fn.new_local(name, T.materialize(ty), "tmp", owned)

    def op(self, opname: str, args: list[N.Operand], rty: T.Type, span: Any = None, owned: bool = True,
           **attrs: Any) -> Value:
        d = self.tmp(rty, owned)
        self.emit(N.Assign(d, opname, args, attrs, span=span))
        return Value(N.Use(N.Place(d)), owned)

    def std(self, name: str) -> FuncInfo:
        return self.ctx.std(name)

    def call(self, f: FuncInfo, args: list[N.Operand], span: Any = None, fty: Any = None,
             pointer: N.Operand | None = None) -> Value:
        ret = f.owner.ty if (f.name == "__init__" and f.owner is not None) else f.ret
        ret = T.materialize(ret)
        d = self.tmp(ret) if ret != T.NONE else None
        callee: Any = pointer if pointer is not None else f
        if f.raises:
            ok, err = self.fn.new_block("call.ok"), self.fn.new_block("call.err")
            e = self.tmp(f.error_type or T.ERROR, name="err")
            self.cur.term = N.Invoke(d, callee, args, ok, err, e, fty, span=span)
            self.cur = err
            self.raise_(N.Move(N.Place(e)), span)
            self.cur = ok
        else:
            self.emit(N.Call(d, callee, args, fty, span=span))
        if d is None:
            return Value(N.Const(None, T.NONE), False)
        return Value(N.Use(N.Place(d)), True)

    def call_std(self, name: str, args: list[N.Operand], span: Any = None) -> Value:
        return self.call(self.std(name), args, span)

    # ------------------------------------------------------------ functions
    def build(self) -> N.Function:
        f = self.info
        assert f is not None and f.decl is not None
        fn = self.fn
        for p, sym in zip(f.params, f.param_syms):  # type: ignore[attr-defined]
            if p.convention == "out":
                loc = fn.new_local(p.name, sym.ty, "out", True, sym)
                fn.out_local = loc
            elif p.convention in ("mut", "ref"):
                loc = fn.new_local(p.name, sym.ty, "ref", False, sym)
                # 2023 `__copyinit__(inout self, ...)` / `__moveinit__`: self starts uninitialized.
                loc.uninit = f.name in ("__copyinit__", "__moveinit__") and p is f.params[0]  # type: ignore[attr-defined]
                fn.params.append(loc)
            else:
                owned = p.convention in ("var", "deinit")
                loc = fn.new_local(p.name, sym.ty, "param", owned, sym)
                if p.convention == "deinit" or _consumes_self(f, p):
                    loc.deinit = True  # type: ignore[attr-defined]
                fn.params.append(loc)
            self.vars[sym] = loc
        for sym in getattr(f.decl, "destroy_session_vars", ()):  # the session's end (Session.close)
            self.emit(N.Destroy(self.place_of_sym(sym), span=f.decl.span))
        # In a notebook, also at every call: a recursion (which LLVM may turn into a loop without a
        # back-edge of ours) stops on Interrupt too.
        self.poll()
        body = f.decl.body
        last = body[-1] if body else None
        if f.capture_last and isinstance(last, A.ExprStmt) and last.expr.ty not in (T.NONE, T.UNKNOWN, None):
            self.block(body[:-1])
            if self.reachable:
                text = self.to_string(self.value(last.expr), last.expr.ty, last.expr.span)
                g = N.GlobalRef(f"{f.llname}.value", T.STRING, define=True)
                fn.value_global = g.name
                self.emit(N.Store(N.Place(g), N.Move(text.op.place), init=True))  # type: ignore[union-attr]
        else:
            self.block(body)
        if self.reachable:
            self.return_(None, None)
        return self.finish()

    def finish(self) -> N.Function:
        # Drop blocks nothing jumps to (the "dead" blocks after terminators).
        seen: set[int] = set()
        order: list[N.Block] = []
        stack = [self.fn.entry]
        while stack:
            b = stack.pop()
            if b.id in seen:
                continue
            seen.add(b.id)
            order.append(b)
            if b.term is None:
                b.term = N.Unreachable()
            stack.extend(reversed(b.term.successors()))
        kept = sorted(order, key=lambda b: b.id)
        for i, b in enumerate(kept):
            b.id = i
        self.fn.blocks = kept
        return self.fn

    # ------------------------------------------------------------ statements
    def block(self, body: list[A.Stmt]) -> None:
        for s in body:
            getattr(self, "stmt_" + type(s).__name__)(s)

    def stmt_Pass(self, s: A.Pass) -> None:
        pass

    stmt_Import = stmt_Comptime = stmt_ComptimeAssert = stmt_Pass

    def stmt_FuncDef(self, s: A.FuncDef) -> None:
        # A closure is compiled as its own function; here only `var` captures take their snapshot.
        for snapshot, outer in getattr(s, "snapshots", []):
            self.emit(N.Assign(self.var(snapshot), "id", [self.copy_of(self.place_of_sym(outer))], span=s.span))

    def stmt_ExprStmt(self, s: A.ExprStmt) -> None:
        e = s.expr
        if (isinstance(e, A.StrLit) and e.ty is None) or (isinstance(e, A.Name) and e.id == "..."):
            return
        self.value(e)

    def var(self, sym: LocalVar) -> N.Local:
        loc = self.vars.get(sym)
        if loc is None:
            loc = self.fn.new_local(sym.name, sym.ty, "var", True, sym)
            self.vars[sym] = loc
        return loc

    def ref_pointer(self, sym: LocalVar) -> N.Local:
        """The hidden pointer behind a `ref` binding (its uses are `ptr[]`)."""
        loc = self.vars.get(sym)
        if loc is None:
            loc = self.fn.new_local(sym.name, T.PointerType(sym.ty), "var", False, sym)
            self.vars[sym] = loc
        return loc

    def bind_ref(self, sym: LocalVar, place: N.Place) -> None:
        if place.local is not None:
            place.local.escapes = True  # what a ref refers to lives as long as the function (no origins yet)
        self.emit(N.Assign(self.ref_pointer(sym), "id", [N.Addr(place)]))

    def place_of_sym(self, sym: Any) -> N.Place:
        if isinstance(sym, LocalVar) and sym.ref_binding:
            return N.Place(self.ref_pointer(sym)).project(N.Proj("deref", sym.ty))
        if isinstance(sym, LocalVar) and sym.global_name is not None:
            return N.Place(N.GlobalRef(sym.global_name, sym.ty, sym))
        if isinstance(sym, GlobalConst):
            return N.Place(N.GlobalRef(sym.llname, sym.ty, sym))
        return N.Place(self.var(sym))

    def init_var(self, sym: LocalVar, op: N.Operand, span: Any) -> None:
        if sym.global_name is not None:
            self.emit(N.Store(self.place_of_sym(sym), op, init=True, span=span))
        else:
            self.emit(N.Assign(self.var(sym), "id", [op], span=span))

    def stmt_VarDecl(self, s: A.VarDecl) -> None:
        if s.is_ref:
            if s.syms[0].ref_binding:
                self.bind_ref(s.syms[0], self.base_place(s.value))
            return
        if s.value is None:
            for sym in s.syms:
                if sym.global_name is None:
                    self.var(sym)
            return
        if len(s.syms) == 1:
            op = self.owned(s.value, named_move=True)
            old = getattr(s, "replaces", None)
            if old is not None and not N.trivial(old.ty):
                # A notebook cell redefines a session variable: the old value is destroyed.
                self.emit(N.Destroy(self.place_of_sym(old), span=s.span))
            self.init_var(s.syms[0], op, s.span)
            return
        v = self.value(s.value)
        for i, sym in enumerate(s.syms):
            self.init_var(sym, self.part(v, i, sym.ty), s.span)

    def part(self, v: Value, i: int, ty: T.Type) -> N.Operand:
        """Element i of a tuple value, owned: moved out of a fresh temporary, else copied."""
        assert isinstance(v.op, N.Use)
        p = v.op.place.project(N.Proj("field", T.materialize(ty), i))
        return N.Move(p) if v.fresh else self.copy_of(p)

    def stmt_Assign(self, s: A.Assign) -> None:
        t = s.target
        if isinstance(t, A.Call) and t.target != ("opt_value",):  # struct __setitem__
            self.value(t)
            return
        if isinstance(t, A.Name) and t.id == "_" and t.sym is None:
            v = self.owned(s.value)
            d = self.tmp(s.value.ty, name="discard")
            self.emit(N.Assign(d, "id", [v], span=s.span))
            return
        if isinstance(t, A.TupleExpr):
            v = self.value(s.value)  # the whole right side first (swaps)
            if not v.fresh:
                v = self.op("id", [self.copy_of(v.op.place)], s.value.ty)  # type: ignore[union-attr]
            for i, x in enumerate(t.elts):
                if isinstance(x, A.Name) and x.id == "_" and x.sym is None:
                    continue
                self.assign_to(x, self.part(v, i, x.ty), s.span)
            return
        if isinstance(t, A.Subscript) and isinstance(t.value.ty, T.PointerType) and not N.trivial(t.ty) \
                and isinstance(s.value, A.Call) and isinstance(s.value.target, tuple) \
                and s.value.target[0] in ("ctor", "fieldwise"):
            # `p[] = T(...)`: Mojo destroys the old value, then constructs the new one in place.
            place = self.place(t)
            assert place is not None
            self.emit(N.Destroy(place, span=s.span))
            self.emit(N.Store(place, self.owned(s.value), init=True, span=s.span))
            return
        if self.assign_into_item(t, lambda: self.assign_to(t, self.owned(s.value, named_move=True), s.span)):
            return
        self.assign_to(t, self.owned(s.value, named_move=True), s.span)

    def assign_into_item(self, target: A.Expr, assign: Any) -> bool:
        """`d[k].field = v`, `d[k][i] += v`: Mojo writes through the reference `__getitem__` returns.
        As for `d[k].append(x)` (calls.through_item), the element is taken out, written, and stored
        back. False when the target is not inside a container's item."""
        root = target
        while isinstance(root, A.Attribute) and isinstance(root.value.ty, T.StructType) or \
                isinstance(root, A.Subscript) and isinstance(root.value.ty, T.ListType):
            root = root.value
        item = _container_item(root) if root is not target else None
        if item is None:
            return False

        def mutate(recv: N.Operand) -> Value:
            assert isinstance(recv, N.Use)
            item.item_place = recv.place  # type: ignore[attr-defined]
            try:
                assign()
            finally:
                item.item_place = None  # type: ignore[attr-defined]
            return Value(N.Const(None, T.NONE), False)

        self.through_item(item, mutate)
        return True

    def assign_to(self, target: A.Expr, op: N.Operand, span: Any) -> None:
        place = self.place(target)
        assert place is not None, f"assignment to {type(target).__name__}"
        loc = place.local
        if loc is not None and not place.projs and loc.kind in ("var", "tmp", "param"):
            self.emit(N.Assign(loc, "id", [op], span=span))  # the old value died at its last use
            return
        # A field of `out self` in a constructor starts uninitialized.
        init = loc is not None and (loc.kind == "out" or getattr(loc, "uninit", False)) and len(place.projs) <= 1
        self.emit(N.Store(place, op, init=init, span=span))

    def stmt_AugAssign(self, s: A.AugAssign) -> None:
        self.block(getattr(s, "hoisted", []))  # the target's parts, computed once (check/aug_assign.py)
        if getattr(s, "desugared", None) is not None:
            self.stmt_Assign(s.desugared)
            return
        if s.call is not None:
            self.value(s.call)
            return
        if self.assign_into_item(s.target, lambda: self.aug_assign(s)):
            return
        self.aug_assign(s)

    def aug_assign(self, s: A.AugAssign) -> None:
        v = s.value
        if isinstance(v, A.BinOp) and v.op == "+" and v.call is None and v.left is s.target \
                and T.materialize(v.ty) == T.STRING:
            place = self.place(s.target)
            if place is not None:  # `s += t`: appended in place when s owns its buffer alone
                rhs = self.value(v.right).op
                self.emit(N.Assign(self.tmp(T.NONE, False), "str_append", [N.Addr(place), rhs], span=s.span))
                return
        self.assign_to(s.target, self.owned(s.value), s.span)

    def stmt_If(self, s: A.If) -> None:
        if s.cond.const is not None:  # comptime if, or a constant condition: one branch
            self.block(s.body if s.cond.const else s.orelse)
            return
        cond = self.value(s.cond).op
        then_bb, end_bb = self.fn.new_block("then"), self.fn.new_block("endif")
        else_bb = self.fn.new_block("else") if s.orelse else end_bb
        self.cur.term = N.Branch(cond, then_bb, else_bb, span=s.span)
        self.cur = then_bb
        self.block(s.body)
        self.goto(end_bb)
        self.else_then(s.orelse, else_bb, end_bb)

    def else_then(self, orelse: list[A.Stmt], else_bb: N.Block, end_bb: N.Block) -> None:
        """Build an `else` body (of an if or a loop) at else_bb, then continue at end_bb."""
        if orelse:
            self.cur = else_bb
            self.block(orelse)
            self.goto(end_bb)
        self.cur = end_bb

    def stmt_While(self, s: A.While) -> None:
        cond_bb, body_bb, end_bb = self.fn.new_block("while.cond"), self.fn.new_block("while.body"), \
            self.fn.new_block("while.end")
        else_bb = self.fn.new_block("while.else") if s.orelse else end_bb
        self.start(cond_bb)
        if s.cond.const is True:  # `while True`: leaves only by break, return or raise
            self.cur.term = N.Goto(body_bb)
        else:
            self.cur.term = N.Branch(self.value(s.cond).op, body_bb, else_bb, span=s.span)
        self.cur = body_bb
        self.unwind.append(("loop", end_bb, cond_bb))
        self.block(s.body)
        self.unwind.pop()
        if self.reachable:
            self.poll()
            self.goto(cond_bb)
        self.else_then(s.orelse, else_bb, end_bb)

    def poll(self) -> None:
        """Loop back-edges and function entries: in a notebook, where an interrupt stops the code."""
        if getattr(self.ctx, "interruptible", False):
            self.emit(N.Assign(self.tmp(T.NONE, False), "poll_interrupt", []))

    def stmt_With(self, s: A.With) -> None:
        self.block(s.desugared)

    def stmt_Match(self, s: A.Match) -> None:
        self.block(s.desugared)

    def stmt_For(self, s: A.For) -> None:
        if s.is_comptime:
            for body in s.unrolled:
                self.block(body)
            return
        self.loop_over(s.iter, s.syms, lambda: self.block(s.body), s.orelse, s.span)

    def loop_over(self, it: A.Expr, syms: list, body: Any, orelse: list[A.Stmt], span: Any) -> None:
        """A for loop over `it`, binding syms each iteration and building body()."""
        ity = it.ty
        counter = self.tmp(T.INT, name="i")
        one = N.Const(1, T.INT)
        ci = N.Use(N.Place(counter))
        if isinstance(ity, T.IterType) and ity.kind == "range":
            args = [self.value(a).op for a in it.bound_args]
            if len(args) == 1:
                start, stop, step, step_const = N.Const(0, T.INT), args[0], one, 1
            else:
                start, stop = args[0], args[1]
                step = args[2] if len(args) == 3 else one
                step_const = it.bound_args[2].const if len(args) == 3 else 1
            stop, step = self.pin(stop), self.pin(step)
            self.emit(N.Assign(counter, "id", [start]))
            # Mojo 1.2 never runs the `else` of a `for` over a range (it does over a List, and for
            # `while`); measured with the real toolchain, pinned in programs/lifecycle/loop_else.mojo.
            orelse = []

            def cond() -> N.Operand:
                return self.op("range_cond", [ci, stop, step], T.BOOL, step_const=step_const).op

            def bind() -> None:
                self.emit(N.Assign(self.var(syms[0]), "id", [ci]))

            if getattr(self.ctx, "interruptible", False) and isinstance(step_const, int) and step_const != 0:
                self.chunked_range_loop(counter, stop, step, step_const, bind, body, span)
            else:
                self.counted_loop(counter, cond, bind, step, body, orelse, span)
            return
        if isinstance(ity, T.ListType) or (isinstance(ity, T.IterType) and ity.kind == "enumerate"):
            lst_expr = it if isinstance(ity, T.ListType) else it.bound_args[0]
            elem = lst_expr.ty.elem
            lst = self.pin_value(self.value(lst_expr))
            self.emit(N.Assign(counter, "id", [N.Const(0, T.INT)]))

            def cond() -> N.Operand:
                n = self.op("list_len", [lst], T.INT).op
                return self.op("cmp", [ci, n], T.BOOL, cmp="<", ty=T.INT).op

            def bind() -> None:
                elem_place = lst.place.project(N.Proj("index", elem, operand=ci, span=None))
                if len(syms) == 1 and syms[0].ref_binding:  # `for ref x in xs`
                    self.bind_ref(syms[0], elem_place)
                    return
                if len(syms) == 1 and isinstance(ity, T.ListType) and syms[0].mutable:  # `for var x in xs`
                    self.emit(N.Assign(self.var(syms[0]), "id", [self.copy_of(elem_place)]))
                    return
                views = [self.var(sym) for sym in syms]
                for v in views:
                    v.owned = False  # the loop variable refers to the list's element
                if len(syms) > 1 and isinstance(ity, T.ListType):
                    # `for a, b in pairs` over a List of tuples (zip, enumerate(start=)): unpack the element.
                    for k, v in enumerate(views):
                        fty = T.materialize(elem.elems[k])
                        self.emit(N.Assign(v, "id", [N.Use(elem_place.project(N.Proj("field", fty, k)))]))
                elif len(syms) == 2:
                    self.emit(N.Assign(views[0], "id", [ci]))
                    self.emit(N.Assign(views[1], "id", [N.Use(elem_place)]))
                elif isinstance(ity, T.IterType):
                    self.emit(N.Assign(views[0], "tuple", [ci, N.Use(elem_place)]))
                else:
                    self.emit(N.Assign(views[0], "id", [N.Use(elem_place)]))

            self.counted_loop(counter, cond, bind, one, body, orelse, span)
            return
        if isinstance(ity, T.IterType) and ity.kind in ("codepoints", "bytes"):
            sval = self.pin_value(self.value(it.bound_args[0]))
            width = self.tmp(T.INT, name="w")
            self.emit(N.Assign(counter, "id", [N.Const(0, T.INT)]))

            def cond() -> N.Operand:
                n = self.op("str_len", [sval], T.INT).op
                return self.op("cmp", [ci, n], T.BOOL, cmp="<", ty=T.INT).op

            def bind() -> None:
                target = self.var(syms[0])
                if ity.kind == "bytes":
                    self.emit(N.Assign(width, "id", [one]))
                    self.emit(N.Assign(target, "str_byte_at", [sval, ci]))
                else:
                    w = self.call_std("_utf8_width", [sval, ci]).op
                    self.emit(N.Assign(width, "id", [w]))
                    cp = self.call_std("_utf8_decode", [sval, ci]).op
                    self.emit(N.Assign(target, "convert", [cp], {"src": T.INT, "dst": T.CODEPOINT}))

            self.counted_loop(counter, cond, bind, N.Use(N.Place(width)), body, orelse, span)
            return
        if isinstance(ity, T.StructType) and getattr(it, "next_fn", None) is not None:
            self.iterator_loop(it, syms, body, orelse, span)
            return
        raise NotImplementedError(f"for over {ity}")

    def iterator_loop(self, it: A.Expr, syms: list, body: Any, orelse: list[A.Stmt], span: Any) -> None:
        """A for loop over an iterator struct (Mojo 1.2's protocol): `x = it.__next__()` until it
        raises StopIteration, which ends the loop (then the `else` runs); any other error propagates.
        A `__next__` that cannot raise runs while `it.__has_next__()`."""
        next_fn: FuncInfo = it.next_fn  # type: ignore[attr-defined]
        fn = self.fn
        held = self.pin_value(Value(self.owned(it), True))  # the iterator, alive through the loop
        cond_bb, body_bb, end_bb = fn.new_block("iter.next"), fn.new_block("iter.body"), fn.new_block("iter.end")
        else_bb = fn.new_block("iter.else") if orelse else end_bb
        self.start(cond_bb)
        item = self.tmp(T.materialize(next_fn.ret), name="item")
        has_next: FuncInfo | None = getattr(it, "has_next_fn", None)
        if has_next is not None:  # a `__next__` that cannot raise: `__has_next__` is asked first
            self_op = N.Addr(held.place) if has_next.params[0].convention in ("mut", "ref") else N.Use(held.place)
            more = self.call(has_next, [self_op], span).op
            next_bb = fn.new_block("iter.more")
            self.cur.term = N.Branch(more, next_bb, else_bb, span=span)
            self.cur = next_bb
            self.emit(N.Call(item, next_fn, [N.Addr(held.place)], span=span))
            self.goto(body_bb)
        else:
            stop_bb = fn.new_block("iter.stop")
            err_ty = next_fn.error_type or T.ERROR
            err = self.tmp(err_ty, name="stop")
            self.cur.term = N.Invoke(item, next_fn, [N.Addr(held.place)], body_bb, stop_bb, err, None, span=span)
            self.cur = stop_bb
            if isinstance(err_ty, T.StructType) and err_ty.info.name == "StopIteration":
                self.emit(N.Destroy(N.Place(err), span=span))
                self.goto(else_bb)
            else:
                self.raise_(N.Move(N.Place(err)), span)
        self.cur = body_bb
        self.emit(N.Assign(self.var(syms[0]), "id", [N.Move(N.Place(item))]))
        self.unwind.append(("loop", end_bb, cond_bb))
        body()
        self.unwind.pop()
        if self.reachable:
            self.poll()
            self.goto(cond_bb)
        self.else_then(orelse, else_bb, end_bb)

    def pin(self, op: N.Operand) -> N.Operand:
        """A loop bound evaluated once, kept in a temporary for the whole loop."""
        if isinstance(op, N.Const) or (isinstance(op, N.Use) and op.place.local is not None
                                       and op.place.local.kind == "tmp" and not op.place.projs):
            return op
        return self.op("id", [op], op.ty).op

    def pin_value(self, v: Value) -> N.Use:
        """A value the loop reads on every iteration: a place, or a temporary alive through the loop."""
        if isinstance(v.op, N.Use):
            return v.op
        return self.op("id", [v.op], v.op.ty).op  # type: ignore[return-value]

    def counted_loop(self, counter: N.Local, cond: Any, bind: Any, step: N.Operand, body: Any,
                     orelse: list[A.Stmt], span: Any) -> None:
        fn = self.fn
        cond_bb, body_bb, step_bb = fn.new_block("for.cond"), fn.new_block("for.body"), fn.new_block("for.step")
        end_bb = fn.new_block("for.end")
        else_bb = fn.new_block("for.else") if orelse else end_bb
        self.start(cond_bb)
        self.cur.term = N.Branch(cond(), body_bb, else_bb, span=span)
        self.loop_body(body_bb, bind, body, end_bb, step_bb)
        ci = N.Use(N.Place(counter))
        self.emit(N.Assign(counter, "binop", [ci, step], {"op": "+", "ty": T.INT}))
        self.poll()
        self.goto(cond_bb)
        self.else_then(orelse, else_bb, end_bb)

    def loop_body(self, body_bb: N.Block, bind: Any, body: Any, end_bb: N.Block, step_bb: N.Block) -> None:
        """A loop's body at body_bb (`break` goes to end_bb, `continue` to step_bb); ends at step_bb."""
        self.cur = body_bb
        bind()
        self.unwind.append(("loop", end_bb, step_bb))
        body()
        self.unwind.pop()
        self.start(step_bb)

    POLL_CHUNK = 1 << 16  # iterations of a range loop between two interrupt checks in a notebook

    def chunked_range_loop(self, counter: N.Local, stop: N.Operand, step: N.Operand, step_const: int,
                           bind: Any, body: Any, span: Any) -> None:
        """A range loop in a notebook: an inner loop runs up to POLL_CHUNK iterations to a bound fixed
        for the chunk (so LLVM can still vectorize it), and the interrupt flag is read between chunks
        instead of at every back-edge; a cell stays interruptible within a chunk's time. (Mojo never
        runs a range loop's `else`.)"""
        fn = self.fn
        ci = N.Use(N.Place(counter))
        outer_bb, inner_bb, body_bb = fn.new_block("for.chunk"), fn.new_block("for.cond"), fn.new_block("for.body")
        step_bb, poll_bb, end_bb = fn.new_block("for.step"), fn.new_block("for.poll"), fn.new_block("for.end")
        self.start(outer_bb)
        more = self.op("range_cond", [ci, stop, step], T.BOOL, step_const=step_const).op
        limit_bb = fn.new_block("for.limit")
        self.cur.term = N.Branch(more, limit_bb, end_bb, span=span)
        self.cur = limit_bb
        # The chunk's bound: `stop`, or CHUNK steps ahead when that comes first.
        left = self.op("binop", [stop, ci], T.INT, op="-", ty=T.INT).op
        span_ = N.Const(self.POLL_CHUNK * step_const, T.INT)
        far = self.op("cmp", [left, span_], T.BOOL, cmp=">" if step_const > 0 else "<", ty=T.INT).op
        ahead = self.op("binop", [ci, span_], T.INT, op="+", ty=T.INT).op
        limit = self.tmp(T.INT, name="limit")
        near_bb, far_bb = fn.new_block("for.near"), fn.new_block("for.far")
        self.cur.term = N.Branch(far, far_bb, near_bb)
        self.cur = far_bb
        self.emit(N.Assign(limit, "id", [ahead]))
        self.goto(inner_bb)
        self.cur = near_bb
        self.emit(N.Assign(limit, "id", [stop]))
        self.goto(inner_bb)
        self.cur = inner_bb
        go = self.op("range_cond", [ci, N.Use(N.Place(limit)), step], T.BOOL, step_const=step_const).op
        self.cur.term = N.Branch(go, body_bb, poll_bb, span=span)
        self.loop_body(body_bb, bind, body, end_bb, step_bb)
        self.emit(N.Assign(counter, "binop", [ci, step], {"op": "+", "ty": T.INT}))
        self.goto(inner_bb)
        self.cur = poll_bb
        self.poll()
        self.goto(outer_bb)
        self.cur = end_bb

    def stmt_Break(self, s: A.Break) -> None:
        self.jump_out("break")

    def stmt_Continue(self, s: A.Continue) -> None:
        self.jump_out("continue")

    def jump_out(self, kind: str) -> None:
        for i in range(len(self.unwind) - 1, -1, -1):
            entry = self.unwind[i]
            if entry[0] == "loop":
                self.terminate(N.Goto(entry[1] if kind == "break" else entry[2]))
                return
            if entry[0] == "finally":
                self.run_finally(i)
                if not self.reachable:
                    return

    def run_finally(self, i: int) -> None:
        """Build the `finally` body at unwind[i], with only the entries outside it in effect."""
        saved = self.unwind
        self.unwind = self.unwind[:i]
        self.block(saved[i][1])
        self.unwind = saved

    def stmt_Return(self, s: A.Return) -> None:
        self.return_(s.value, s.span)

    def return_(self, value: A.Expr | None, span: Any) -> None:
        op: N.Operand | None = None
        if value is not None:
            # Held in a temporary, so that values dying here are destroyed after it is computed.
            op = self.owned(value, named_move=True)
            if not isinstance(op, N.Const):
                held = self.tmp(value.ty, name="ret")
                self.emit(N.Assign(held, "id", [op]))
                op = N.Move(N.Place(held)) if not N.trivial(held.ty) else N.Use(N.Place(held))
        for i in range(len(self.unwind) - 1, -1, -1):
            if self.unwind[i][0] == "finally":
                self.run_finally(i)
                if not self.reachable:
                    return
        if self.fn.out_local is not None:
            op = N.Move(N.Place(self.fn.out_local))
        self.terminate(N.Return(op, span=span))

    def stmt_Raise(self, s: A.Raise) -> None:
        assert s.exc is not None
        self.raise_(self.owned(s.exc), s.span)

    def raise_(self, err: N.Operand, span: Any) -> None:
        """Transfer an Error to the innermost handler, running `finally` bodies on the way."""
        for i in range(len(self.unwind) - 1, -1, -1):
            entry = self.unwind[i]
            if entry[0] == "handler":
                err = self.error_as(err, entry[1].ty, span)
                self.emit(N.Assign(entry[1], "id", [err], span=span))
                self.terminate(N.Goto(entry[2]))
                return
            if entry[0] == "finally":
                err = self.hold(err)
                self.run_finally(i)
                if not self.reachable:
                    return
        own = (self.info.error_type if self.info is not None else None) or T.ERROR
        self.terminate(N.Raise(self.hold(self.error_as(err, own, span)), span=span))

    def error_as(self, err: N.Operand, ty: T.Type, span: Any) -> N.Operand:
        """A typed error (`raises MyError`) reaching a context of plain Errors becomes an Error of its
        written text (the checker allowed only that conversion)."""
        src = err.ty  # type: ignore[attr-defined]
        if src == ty or ty != T.ERROR:
            return err
        held = self.hold(err)
        assert isinstance(held, N.Move)
        text = self.to_string(Value(N.Use(held.place), False), src, span)
        return N.Move(self.op("id", [N.Move(text.op.place)], T.ERROR).op.place)

    def hold(self, err: N.Operand) -> N.Operand:
        if isinstance(err, N.Move) and err.place.local is not None and err.place.local.kind == "tmp" \
                and not err.place.projs:
            return err
        held = self.tmp(err.ty, name="err")  # type: ignore[attr-defined]
        self.emit(N.Assign(held, "id", [err]))
        return N.Move(N.Place(held))

    def stmt_Try(self, s: A.Try) -> None:
        end_bb = self.fn.new_block("try.end")
        if s.finalbody:
            self.unwind.append(("finally", s.finalbody))
        err = self.tmp(s.caught_type or T.ERROR, name="caught") if s.handlers else None
        handler_bb = self.fn.new_block("try.except") if s.handlers else None
        if s.handlers:
            self.unwind.append(("handler", err, handler_bb))
        self.block(s.body)
        if s.handlers:
            self.unwind.pop()
        if self.reachable:
            self.block(s.orelse)
        if s.finalbody:
            self.unwind.pop()
        self.leave_try(s.finalbody, end_bb)
        if s.handlers:
            assert handler_bb is not None and err is not None
            self.cur = handler_bb
            if s.finalbody:
                self.unwind.append(("finally", s.finalbody))
            h = s.handlers[0]
            if h.sym is not None:
                self.emit(N.Assign(self.var(h.sym), "id", [N.Move(N.Place(err))]))
            else:
                self.emit(N.Assign(self.tmp(err.ty, name="discard"), "id", [N.Move(N.Place(err))]))
            self.block(h.body)
            if s.finalbody:
                self.unwind.pop()
            self.leave_try(s.finalbody, end_bb)
        self.cur = end_bb

    def leave_try(self, finalbody: list[A.Stmt], end_bb: N.Block) -> None:
        """The normal way out of a try body or handler: the finally body, then past the statement."""
        if self.reachable:
            self.block(finalbody)
            self.goto(end_bb)


def _consumes_self(f: FuncInfo, p: Any) -> bool:
    """2023 spellings that consume without running the destructor: `__del__(owned self)` and the
    `owned existing` of `__moveinit__`."""
    if f.owner is None or p.convention != "var":
        return False
    return (f.name == "__del__" and p is f.params[0]) or (f.name == "__moveinit__" and p is f.params[-1])


def build_globals_init(ctx: Any, name: str, inits: list[GlobalConst]) -> N.Function:
    """`void NAME()`: computes the comptime values that could not be folded, at start-up."""
    b = FunctionBuilder(ctx, None, name)
    for g in inits:
        assert g.init is not None
        b.emit(N.Store(N.Place(N.GlobalRef(g.llname, g.ty, g)), b.owned(g.init), init=True))
    b.terminate(N.Return(None))
    return b.finish()
