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


class Value:
    """An expression's result: an operand to read it, and whether it is a fresh owned temporary
    (which an owned context may move) rather than a view of some place (which it must copy)."""

    __slots__ = ("fresh", "op")

    def __init__(self, op: N.Operand, fresh: bool) -> None:
        self.op = op
        self.fresh = fresh


class FunctionBuilder:
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
            e = self.tmp(T.ERROR, name="err")
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

    def place_of_sym(self, sym: Any) -> N.Place:
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
        if isinstance(t, A.Call):  # struct __setitem__
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
        self.assign_to(t, self.owned(s.value, named_move=True), s.span)

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
        if getattr(s, "desugared", None) is not None:
            self.stmt_Assign(s.desugared)
            return
        if s.call is not None:
            self.value(s.call)
            return
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
                views = [self.var(sym) for sym in syms]
                for v in views:
                    v.owned = False  # the loop variable refers to the list's element
                if len(syms) == 2:
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
        raise NotImplementedError(f"for over {ity}")

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
        self.cur = body_bb
        bind()
        self.unwind.append(("loop", end_bb, step_bb))
        body()
        self.unwind.pop()
        self.start(step_bb)
        ci = N.Use(N.Place(counter))
        self.emit(N.Assign(counter, "binop", [ci, step], {"op": "+", "ty": T.INT}))
        self.poll()
        self.goto(cond_bb)
        self.else_then(orelse, else_bb, end_bb)

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
                self.emit(N.Assign(entry[1], "id", [err], span=span))
                self.terminate(N.Goto(entry[2]))
                return
            if entry[0] == "finally":
                err = self.hold(err)
                self.run_finally(i)
                if not self.reachable:
                    return
        self.terminate(N.Raise(self.hold(err), span=span))

    def hold(self, err: N.Operand) -> N.Operand:
        if isinstance(err, N.Move) and err.place.local is not None and err.place.local.kind == "tmp" \
                and not err.place.projs:
            return err
        held = self.tmp(T.ERROR, name="err")
        self.emit(N.Assign(held, "id", [err]))
        return N.Move(N.Place(held))

    def stmt_Try(self, s: A.Try) -> None:
        end_bb = self.fn.new_block("try.end")
        if s.finalbody:
            self.unwind.append(("finally", s.finalbody))
        err = self.tmp(T.ERROR, name="caught") if s.handlers else None
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
                self.emit(N.Assign(self.tmp(T.ERROR, name="discard"), "id", [N.Move(N.Place(err))]))
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
                return base.project(N.Proj("index", vty.elem, operand=idx, span=_bracket_span(e)))
            if isinstance(vty, T.PointerType):
                base = self.base_place(e.value)
                return base.project(N.Proj("deref", vty.elem))
            if isinstance(vty, T.SimdType):
                base = self.place(e.value)
                if base is None:
                    return None
                return base.project(N.Proj("lane", vty.elem, operand=self.value(e.indices[0]).op,
                                           span=_bracket_span(e)))
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

    def expr_Name(self, e: A.Name) -> Value:
        sym = e.sym
        if isinstance(sym, GlobalConst) and sym.value is not None:
            c = self.constant(sym.value, sym.ty)
            if c is not None:
                return c
        raise NotImplementedError(f"name {e.id} ({type(sym).__name__})")

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
        if e.call == "str_byte":
            return self.call_std("_str_byte", [self.value(e.value).op, self.value(e.indices[0]).op], e.span)
        if e.call == "str_slice":
            s = self.value(e.value).op
            start = self.value(e.indices[0]).op if e.indices[0].ty != T.NONE else N.Const(0, T.INT)
            stop = self.value(e.indices[1]).op if e.indices[1].ty != T.NONE else self.op("str_len", [s], T.INT).op
            return self.call_std("_str_slice", [s, start, stop], e.span)
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

        def level(i: int) -> None:
            if i == len(e.generators):
                self.emit(N.Assign(self.tmp(T.NONE, False), "list_append", [lst.op, self.owned(e.elt)],
                                   {"elem": e.ty.elem}))
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
        return lst

    # ------------------------------------------------------------ calls
    def args_for(self, f: FuncInfo, args: list[A.Expr]) -> list[N.Operand]:
        params = [p for p in f.params if p.convention != "out"]
        return [self.arg(p.convention, a) for p, a in zip(params, args)]

    def expr_Call(self, e: A.Call) -> Value:
        tgt = e.target
        kind = tgt[0]
        if kind == "func":
            f: FuncInfo = tgt[1]
            if f.intrinsic:
                return self.op("intrinsic", [self.value(a).op for a in e.bound_args], f.ret, span=e.span,
                               name=f.intrinsic, params=[p.ty for p in f.params])
            item = _container_item(e.bound_args[0]) if e.bound_args and f.self_convention == "mut" else None
            if item is not None:
                return self.through_item(item, lambda recv: self.call(
                    f, [N.Addr(recv.place)] + self.args_for(f, e.bound_args)[1:], e.span))
            return self.call(f, self.args_for(f, e.bound_args), e.span)
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
            from ..check.symbols import ParamInfo
            proto = FuncInfo("<fn>", None, [ParamInfo(f"a{i}", t, "read", None, False, e.span)
                                            for i, t in enumerate(fty.params)], fty.ret, fty.raises, "")
            pointer = self.value(e.func).op
            return self.call(proto, [self.value(a).op for a in e.bound_args], e.span, fty=fty, pointer=pointer)
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
            return Value(N.Use(v.op.place.project(N.Proj("some", elem, span=e.span))), False)
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
        getitem: FuncInfo = item.target[1]
        setitem = getitem.owner.methods["__setitem__"].funcs[0]
        container = self.base_place(item.bound_args[0])
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
            idx = self.value(args[1]).op if len(args) > 1 else N.Const(-1, T.INT)
            return self.op("list_pop", [lst, idx], elem, span=e.span, elem=elem, last=len(args) == 1,
                           loc=_bracket_span(e))
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
            self.raise_(N.Const("ValueError: The value can not be found in the List", T.ERROR), e.span)
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


def _consumes_self(f: FuncInfo, p: Any) -> bool:
    """2023 spellings that consume without running the destructor: `__del__(owned self)` and the
    `owned existing` of `__moveinit__`."""
    if f.owner is None or p.convention != "var":
        return False
    return (f.name == "__del__" and p is f.params[0]) or (f.name == "__moveinit__" and p is f.params[-1])


def _bracket_span(e: A.Expr) -> Any:
    """Mojo reports an out-of-bounds index at the '[' of the subscript."""
    if isinstance(e, A.Subscript):
        v = e.value.span
        return type(v)(v.file, v.end_line, v.end_col, v.end_line, v.end_col + 1)
    if isinstance(e, A.Call):  # `xs.pop(i)`: at its '(', as Mojo reports it
        return e.lparen
    return e.span


def build_globals_init(ctx: Any, name: str, inits: list[GlobalConst]) -> N.Function:
    """`void NAME()`: computes the comptime values that could not be folded, at start-up."""
    b = FunctionBuilder(ctx, None, name)
    for g in inits:
        assert g.init is not None
        b.emit(N.Store(N.Place(N.GlobalRef(g.llname, g.ty, g)), b.owned(g.init), init=True))
    b.terminate(N.Return(None))
    return b.finish()
