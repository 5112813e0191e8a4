"""Statements: declarations of locals, assignments, control flow, loops (and the iterator protocol),
with/match/try, definite initialization.

A mixin of the Checker (check/checker.py); `self` is the Checker."""

from __future__ import annotations

import copy
from typing import Any

from .. import limits
from ..diagnostics import Span
from ..frontend import ast as A
from . import legacy2023, python_interop
from . import types as T
from .iteration import IterationChecker
from .support import (
    _ARITH_DUNDERS,
    Scope,
    _call_paren,
    _dot,
    _free_names,
    _has_out,
    _is_lvalue,
    _root_is_mutable,
    _terminates,
    _variant_args,
)
from .symbols import (
    FuncInfo,
    GlobalConst,
    LocalVar,
    OverloadSet,
    ParamInfo,
    Template,
    TypeSym,
)


class StatementChecker(IterationChecker):
    # ------------------------------------------------------------------ statements
    def block(self, body: list[A.Stmt], new_scope: bool = True) -> None:
        if new_scope:
            self._scope = Scope(self._scope)
        for i, s in enumerate(body):
            self.stmt(s)
            if isinstance(s, A.If) and s.is_comptime and self._ctx is not None and self._ctx.inited is None:
                # the branch taken returns on every path: what follows is dead for this instance,
                # and Mojo neither checks nor instantiates it (`comptime if n == 1: return ...`)
                del body[i + 1:]
                break
        if new_scope:
            assert self._scope.parent is not None
            self._scope = self._scope.parent

    def stmt(self, s: A.Stmt) -> None:
        self.poll()
        if isinstance(s, A.AugAssign):  # the target's parts are computed once, first (check/aug_assign.py)
            from .aug_assign import hoist_target
            s.hoisted = hoist_target(self, s)  # type: ignore[attr-defined]
        method = getattr(self, "stmt_" + type(s).__name__)
        method(s)

    def stmt_Pass(self, s: A.Pass) -> None:
        pass

    def stmt_Import(self, s: A.Import) -> None:
        self._import(s)

    def stmt_FuncDef(self, d: A.FuncDef) -> None:
        """A nested function: a closure over the enclosing function's variables. Captured variables
        become hidden trailing parameters (by reference for `imm`/`mut`, by value for `var`, whose
        value is copied where the closure is defined); calls pass them automatically."""
        default, explicit = d.captures if d.captures is not None else ("imm", {})
        d.nested = True  # type: ignore[attr-defined]  # (a call of itself in its body is Mojo's error)
        # A 2023 `@parameter fn` closure captures by reference: it may update the variables it uses.
        by_ref = d.captures is None and any(isinstance(x, A.Name) and x.id == "parameter" for x in d.decorators)
        caps: dict[str, str] = {}
        siblings = {}  # closures of the enclosing function that this one calls (`bench` calling `worker`)
        if default is not None:
            for n in _free_names(d):
                outer = self._scope.lookup(n)
                if isinstance(outer, LocalVar) and n not in explicit:
                    caps[n] = "mut" if by_ref and outer.mutable else default
                elif _is_local_closure(outer, self._scope, self.globals):
                    siblings[n] = outer
            for sib in siblings.values():  # it captures what they capture, to pass it on
                for p in _closure_captures(sib):
                    v = self._scope.lookup(p.capture.name)
                    if isinstance(v, LocalVar) and p.capture.name not in explicit:
                        caps.setdefault(p.capture.name, "mut" if p.convention == "mut" else default)
        caps.update(explicit)
        enclosing = self._scope
        # A closure sees the enclosing function's compile-time names: its parameters (`func` of
        # `def bench[func: ...]()`) and comptimes (`comptime width = 8`).
        outer = Scope(self.globals)
        sc: Scope | None = enclosing
        while sc is not None and sc is not self.globals:
            for n, sym in sc.names.items():
                if isinstance(sym, (GlobalConst, TypeSym)) and n not in outer.names:
                    outer.names[n] = sym
            sc = sc.parent
        outer.names.update(siblings)
        if d.type_params:
            # `def body[width: Int](i: Int) {imm}:` a parametric closure: a template whose instances
            # (`body[4](i)`, or made by `vectorize`) all take the same captured variables.
            info = FuncInfo(d.name, d, [], T.UNKNOWN, d.raises, "", None, False,
                            template=Template(self._template_params(d.type_params, enclosing), d, outer))
            self._scope = enclosing
        else:
            info = self._declare_function(d, None, scope=outer, instance_of=d)  # type: ignore[arg-type]
        self._scope = enclosing
        if info is None:
            return
        d.snapshots = []  # type: ignore[attr-defined]
        captured = []
        for name, conv in caps.items():
            outer = self._scope.lookup(name)
            if not isinstance(outer, LocalVar):
                self.error(f"cannot capture '{name}': it is not a variable of the enclosing function", d.name_span)
                continue
            source = outer
            if conv == "var":
                source = self.declare_local(self._hidden("snapshot"), outer.ty, d.name_span, True)
                d.snapshots.append((source, outer))  # type: ignore[attr-defined]
            captured.append(ParamInfo(name, outer.ty, {"mut": "mut", "var": "var"}.get(conv, "ref"),
                                      None, False, d.name_span, capture=source))
        if info.template is not None:
            info.closure_captures = captured  # type: ignore[attr-defined]
        else:
            info.params += captured
        self._scope.names[d.name] = OverloadSet(d.name, [info])

    def stmt_StructDef(self, s: A.StructDef) -> None:
        self.error("structs must be declared at the top level of a file", s.name_span)

    def stmt_TraitDef(self, s: A.TraitDef) -> None:
        self.error("traits must be declared at the top level of a file", s.name_span)

    def stmt_Comptime(self, s: A.Comptime) -> None:
        saved = self._ctx
        self._declare_comptime(s, self._scope)
        self._ctx = saved

    def stmt_VarDecl(self, s: A.VarDecl) -> None:
        if s.is_ref:
            return self._ref_decl(s)
        for name, span in zip(s.names, s.name_spans):
            if isinstance(self._scope.names.get(name), LocalVar):  # a nested block may shadow; one scope not
                self.error(f"invalid redefinition of '{name}'", span)
        declared = self.resolve_type(s.type) if s.type is not None else None
        if len(s.names) > 1:
            if s.value is None:
                self.error("declaring several names needs a tuple value: 'var a, b = f()'", s.span)
                return
            s.value = self.expr(s.value)
            ty = s.value.ty
            if ty == T.UNKNOWN:
                elems: tuple[T.Type, ...] = (T.UNKNOWN,) * len(s.names)
            elif isinstance(ty, T.TupleType) and len(ty.elems) == len(s.names):
                elems = tuple(T.materialize(t) for t in ty.elems)
                if isinstance(s.value, A.TupleExpr):
                    s.value = self.coerce(s.value, T.TupleType(elems))
            else:
                self.error(f"cannot unpack a value of type '{ty}' into {len(s.names)} names", s.value.span)
                elems = (T.UNKNOWN,) * len(s.names)
            s.syms = [self.declare_local(n, t, sp, True) for n, t, sp in zip(s.names, elems, s.name_spans)]
            return
        if s.value is not None:
            from .string_aliasing import view_root
            view_of = view_root(self, s.value) if declared is None else None  # `var t = line.strip()`
            value = self.expr(s.value, declared)
            if declared is not None:
                value = self.coerce(value, declared)
                ty = declared
            else:
                value = self.require_value(value)  # (`var g = double` gives g double's function type)
                ty = T.materialize(value.ty)
                if ty == T.NONE:
                    self.error("cannot infer a type from 'None'; write 'var x: Optional[T] = None'", value.span)
                value = self.coerce(value, ty)
            self._note_copy(value)
            s.value = value
        else:
            if declared is None:
                self.error(f"'var {s.names[0]}' needs a type or a value", s.span)
                declared = T.UNKNOWN
            ty = declared
        if getattr(s, "session_global", False):
            # A cell's top-level `var`: a session variable that later cells see.
            v = LocalVar(s.names[0], ty, s.name_spans[0], global_name=self.llname("session." + s.names[0]))
            old = self.globals.names.get(s.names[0])
            if isinstance(old, LocalVar) and old.global_name is not None:
                s.replaces = old  # type: ignore[attr-defined]  # its value is destroyed (ir/builder.py)
            self.globals.names[s.names[0]] = v
            s.syms = [v]
            return
        s.syms = [self.declare_local(s.names[0], ty, s.name_spans[0], s.value is not None)]
        if s.value is not None and view_of is not None:
            from .string_aliasing import note_view_var
            note_view_var(self, view_of, s.syms)

    def _ref_decl(self, s: A.VarDecl) -> None:
        """`ref x = place`: x is another name for a variable, field or element (Mojo 1.2's ref binding)."""
        declared = self.resolve_type(s.type) if s.type is not None else None
        s.value = value = self.expr(s.value, declared)
        ty = value.ty
        if ty != T.UNKNOWN and not _is_lvalue(value):
            self.error(f"value of type '{T.materialize(ty)}' doesn't have a memory origin in 'ref' binding",
                       _call_paren(value))
            ty = T.UNKNOWN
        elif declared is not None and ty not in (declared, T.UNKNOWN):
            self.error(f"cannot bind a 'ref' of type '{declared}' to a value of type '{ty}'", value.span)
        v = self.declare_local(s.names[0], ty, s.name_spans[0], True)
        v.ref_binding = ty != T.UNKNOWN
        v.mutable = _root_is_mutable(value)
        s.syms = [v]

    def _note_copy(self, value: A.Expr) -> None:
        """Reading a variable of a non-copyable type into a new one needs `.copy()` or `^`; so does the
        result of a `-> ref` call (`var v = d.setdefault(k, [])`), reported at its '('."""
        at = value.span
        if isinstance(value, A.Subscript) and not value.indices and isinstance(value.value, A.Call) \
                and getattr(value.value, "target", None) and value.value.target[0] == "func" \
                and getattr(value.value.target[1], "returns_ref", False):
            at = _call_paren(value.value)
        elif not (isinstance(value, A.Name) and isinstance(value.sym, LocalVar)):
            return
        if not T.copyable(value.ty) and value.ty != T.UNKNOWN:
            from ..diagnostics import Note
            self.error(f"value of type '{value.ty}' cannot be implicitly copied, it does not conform to "
                       "'ImplicitlyCopyable'", at,
                       [Note("consider transferring the value with '^'", at),
                        Note("you can copy it explicitly with '.copy()'", at)])

    def stmt_Assign(self, s: A.Assign) -> None:
        tgt = s.target
        if isinstance(tgt, A.TupleExpr):
            value = self.expr(s.value)
            if value.ty != T.UNKNOWN and not (isinstance(value.ty, T.TupleType)
                                              and len(value.ty.elems) == len(tgt.elts)):
                self.error(f"cannot unpack a value of type '{value.ty}' into {len(tgt.elts)} targets", value.span)
                return
            tys = []
            for i, t in enumerate(tgt.elts):
                if isinstance(t, A.Name) and t.id == "_" and self._scope.lookup("_") is None:
                    # `a, _, c = t`: the element is discarded.
                    tty = T.materialize(value.ty.elems[i]) if isinstance(value.ty, T.TupleType) else T.UNKNOWN
                    t.ty = tty
                else:
                    tty = self.target(t)
                    if isinstance(t, A.Name) and isinstance(t.sym, LocalVar) and self._ctx.inited is not None:
                        self._ctx.inited.add(t.sym)  # assigned by the unpacking
                tys.append(tty)
            if isinstance(value, A.TupleExpr):
                value = self.coerce(value, T.TupleType(tuple(tys)))
            s.value = value
            tgt.ty = T.TupleType(tuple(tys))
            return
        if isinstance(tgt, A.Name) and tgt.id == "_":
            s.value = self.require_value(self.expr(s.value))
            tgt.ty = T.materialize(s.value.ty)
            return
        if isinstance(tgt, A.Name) and self._scope.lookup(tgt.id) is None and self._in_2023_code() and \
                self._ctx.func.decl is not None and not self._ctx.func.decl.is_fn:
            # `y = x + x` in a 2023 `def` declared y: the statement becomes `var y = x + x`.
            self.warn(f"'{tgt.id} = ...' declaring a new variable is the 2023 Mojo spelling; Mojo 1.2 writes "
                      f"'var {tgt.id} = ...'", tgt.span)
            legacy2023.as_declaration(s)
            return self.stmt_VarDecl(s)  # type: ignore[arg-type]
        if isinstance(tgt, A.Name) and self._scope.lookup(tgt.id) is None:
            self.error(f"implicit declaration of '{tgt.id}' is not allowed; add 'var' to declare a new name",
                       tgt.span, fixit=f"write 'var {tgt.id} = ...'")
            self.expr(s.value)
            return
        if isinstance(tgt, A.Subscript) and _variant_args(self.expr(tgt.value).ty) is not None:
            tgt = s.target = self._variant_subscript(tgt, tgt.value, tgt.value.ty)  # `v[Int] = 5`, in place
        if isinstance(tgt, A.Subscript):
            base = tgt.value = self.expr(tgt.value)  # `d[a][b] = v`: d[a] is checked into a __getitem__ call
            if isinstance(base.ty, T.StructType):
                self._struct_setitem(s, tgt)
                return
            if isinstance(base.ty, (T.IntType, T.FloatType)) and base.ty != T.INT and len(tgt.indices) == 1:
                # `x[0] = v` of a scalar (a SIMD of width 1): its only lane is the value itself
                self.coerce(self.expr(tgt.indices[0], T.INT), T.INT)
                tgt = s.target = base
        if isinstance(tgt, A.Attribute):
            base = tgt.value = self.expr(tgt.value)
            if isinstance(base.ty, T.StructType) and tgt.attr not in base.ty.info.fields and \
                    "__setattr__" in base.ty.info.methods:
                python_interop.set_attribute(self, s, tgt)
                return
        if isinstance(tgt, A.Call):  # `obj.at(i) = v` of a `-> ref` method: its result is the place
            tgt = s.target = self.expr(tgt)
        tty = self.target(s.target)
        from .string_aliasing import assign_conflict  # `line = String(line.strip())`
        conflict = assign_conflict(self, s.target, s.value) if tty == T.STRING else None
        value = self.expr(s.value, tty)
        s.value = self.coerce(value, tty)
        if conflict is not None and value.ty != T.UNKNOWN:
            self.error(conflict[1], conflict[0])
        self._note_copy(s.value)
        if isinstance(tgt, A.Name) and isinstance(tgt.sym, LocalVar) and self._ctx.inited is not None:
            self._ctx.inited.add(tgt.sym)

    def _struct_setitem(self, s: A.Assign, tgt: A.Subscript) -> None:
        info = tgt.value.ty.info
        ov = info.methods.get("__setitem__")
        if ov is None:
            self.error(f"'{info.name}' does not support item assignment (no '__setitem__')", tgt.span)
            return
        if any(f.self_convention == "mut" for f in ov.funcs):  # a view's (Span's) setter takes `self`
            self.require_mutable(tgt.value)
        if python_interop.is_python_object(tgt.value.ty):  # `__setitem__(self, *args, value)`
            indices = [python_interop.subscript_index(self, x) for x in tgt.indices]
            call = A.Call(tgt.span, A.Attribute(tgt.span, tgt.value, "__setitem__", tgt.span), indices,
                          [A.Keyword(s.value.span, "value", s.value)], tgt.span)
        else:
            vty = ov.funcs[0].params[-1].ty if len(ov.funcs) == 1 and ov.funcs[0].params else None
            if isinstance(s.value, (A.StrLit, A.IntLit, A.FloatLit, A.BoolLit)) and isinstance(vty, T.Type) \
                    and vty != T.UNKNOWN and not self.convertible(self.expr(s.value, vty), vty):
                # `d[k] = "x"` into an Int: Mojo converts the value before the call, and says so
                self.error(f"cannot implicitly convert '{T.display(s.value.ty, s.value.const)}' value to '{vty}'",
                           s.value.span)
                return
            call = A.Call(tgt.span, A.Attribute(tgt.span, tgt.value, "__setitem__", tgt.span),
                          list(tgt.indices) + [s.value], [], tgt.span)
        self.expr(call)
        s.target = call  # codegen: an Assign whose target is a Call is that setter call
        tgt.ty = T.NONE

    def target(self, t: A.Expr, what: str = "in assignment") -> T.Type:
        """Check an assignment target; returns its type."""
        if isinstance(t, A.Name):
            sym = self._scope.lookup(t.id)
            if sym is None:
                self.error(f"implicit declaration of '{t.id}' is not allowed; add 'var' to declare a new name",
                           t.span)
                return T.UNKNOWN
            t.sym = sym
            if not isinstance(sym, LocalVar):
                self.error(f"cannot assign to '{t.id}'", t.span)
                return T.UNKNOWN
            if not sym.mutable:
                self.error(f"expression must be mutable {what}", t.span,
                           fixit=f"declare the argument as 'mut {t.id}' or copy it into a 'var'")
            t.ty = sym.ty
            return sym.ty
        if t.ty is None:
            self.expr(t)
        if isinstance(t, A.Call):
            if t.target != ("opt_value",):  # only `opt.value()` returns a reference here
                self.error(f"expression must be mutable {what}", t.span)
                return T.UNKNOWN
            self.require_mutable(t.bound_args[0], what)
            return t.ty
        self.require_mutable(t, what)
        return t.ty

    def require_mutable(self, e: A.Expr, what: str = "in assignment", message: str | None = None) -> None:
        root = e
        while isinstance(root, (A.Attribute, A.Subscript)):
            if isinstance(root, A.Subscript) and isinstance(root.value.ty, T.PointerType):
                return  # memory behind a pointer is written through the pointer, whoever holds it
            root = root.value
        if isinstance(root, A.Name) and isinstance(root.sym, LocalVar) and not root.sym.mutable:
            self.error(message or f"expression must be mutable {what}", _access_span(e))

    def stmt_AugAssign(self, s: A.AugAssign) -> None:
        if isinstance(s.target, A.Subscript) and _variant_args(self.expr(s.target.value).ty) is not None:
            s.target = self._variant_subscript(s.target, s.target.value, s.target.value.ty)  # `v[String] += "!"`
        if isinstance(s.target, A.Subscript) and isinstance(self.expr(s.target.value).ty, T.StructType):
            # `d[k] += v` is `d[k] = d[k] + v` through __getitem__/__setitem__.
            read = A.Subscript(s.target.span, s.target.value, copy.deepcopy(s.target.indices), s.target.keywords)
            read.value = s.target.value
            assign = A.Assign(s.span, s.target, A.BinOp(s.span, s.op, read, s.value, s.op_span))
            self.stmt_Assign(assign)
            s.desugared = assign  # type: ignore[attr-defined]
            return
        if isinstance(s.target, A.Call):  # `obj.at(i) += v` of a `-> ref` method
            s.target = self.expr(s.target)
        tty = self.target(s.target, "for in-place operator destination")
        if tty == T.UNKNOWN:
            self.expr(s.value)
            return
        if isinstance(tty, T.StructType):
            dunder = "__i" + _ARITH_DUNDERS[s.op][2:]
            if dunder in tty.info.methods:
                s.call = self.method_call(s.target, tty.info, dunder, [s.value], s.op_span or s.span)
                return
            if not tty.info.decl.span.file.startswith("<std>") and not self.dialect_2023:
                # Mojo 1.2 does not fall back to `x = x op v` for a struct: it needs the in-place method.
                self.error(f"'{tty}' does not implement the '{dunder}' method", s.op_span or s.span)
                self.expr(s.value)
                return
        if tty == T.STRING:
            from .string_aliasing import augassign_conflict  # `line += line[byte=0:1]`
            conflict = augassign_conflict(self, s)
            if conflict is not None:
                self.error(conflict[1], conflict[0])
        # `x op= v` is `x = x op v` with x evaluated once (codegen reuses the target's address).
        binop = A.BinOp(s.span, s.op, s.target, s.value, s.op_span)
        self.binop(binop, already_checked_left=True)
        s.value = self.coerce(binop, tty) if binop.ty != T.UNKNOWN else binop

    def stmt_ExprStmt(self, s: A.ExprStmt) -> None:
        if isinstance(s.expr, A.StrLit) and not getattr(s, "is_value", False):
            return  # docstring
        s.expr = self.expr(s.expr)
        if isinstance(s.expr, A.Name) and s.expr.id == "...":
            return
        s.expr = self.require_value(s.expr)
        if isinstance(s.expr, A.NoneLit):  # a statement `None` does nothing; codegen needs a value
            nothing = A.BoolLit(s.expr.span, False)
            nothing.ty, nothing.const = T.BOOL, False
            s.expr = nothing
            s.is_value = False  # type: ignore[attr-defined]  # a notebook cell ending in `None` shows nothing

    def cond(self, e: A.Expr) -> A.Expr:
        e = self.expr(e, T.BOOL)
        return self.to_bool(e)

    def to_bool(self, e: A.Expr) -> A.Expr:
        ty = e.ty
        if ty == T.BOOL or ty == T.UNKNOWN:
            return e
        if isinstance(ty, (T.OptionalType, T.ListType, T.IntType, T.FloatType)) or ty in (T.STRING, T.INT_LIT,
                                                                                       T.STR_LIT, T.FLOAT_LIT):
            c = A.Convert(e.span, e)
            c.ty = T.BOOL
            if e.const is not None:
                c.const = bool(e.const)
            return c
        if isinstance(ty, T.StructType) and "__bool__" in ty.info.methods:
            call = A.Call(e.span, A.Attribute(e.span, e, "__bool__", e.span), [], [], e.span)
            return self.expr(call)
        if isinstance(ty, T.PointerType):  # Mojo 1.2's message
            self.error("Pointer is non-null by design, so Bool(ptr) is not meaningful. To model a null pointer, "
                       "use `Optional[Pointer[...]]` and check with `Bool(opt_ptr)` / `!= None`.", e.span)
            return e
        self.error(f"'{ty}' cannot be used as a condition (it does not convert to Bool)", e.span)
        return e

    def _branch(self, body: list[A.Stmt], start: set[LocalVar] | None) -> set[LocalVar] | None:
        self._ctx.inited = set(start) if start is not None else None
        self.block(body)
        return None if _terminates(body) else self._ctx.inited

    @staticmethod
    def _meet(*states: set[LocalVar] | None) -> set[LocalVar] | None:
        live = [s for s in states if s is not None]
        if not live:
            return None  # every path left the block
        out = set(live[0])
        for s in live[1:]:
            out &= s
        return out

    def stmt_If(self, s: A.If) -> None:
        s.cond = self.cond(s.cond)
        if s.is_comptime:
            if s.cond.const is None:
                self.error("the condition of 'comptime if' must be known at compile time", s.cond.span)
            else:  # only the branch taken is checked (and instantiates anything), as in Mojo
                self._ctx.inited = self._branch(s.body if s.cond.const else s.orelse, self._ctx.inited)
                return
        start = self._ctx.inited
        a = self._branch(s.body, start)
        b = self._branch(s.orelse, start)
        self._ctx.inited = self._meet(a, b)

    def stmt_While(self, s: A.While) -> None:
        s.cond = self.cond(s.cond)
        start = self._ctx.inited
        self._ctx.loop_depth += 1
        self._ctx.break_states.append([])
        self._branch(s.body, start)
        breaks = self._ctx.break_states.pop()
        self._ctx.loop_depth -= 1
        infinite = s.cond.const is True
        exits = breaks + ([] if infinite else [start])
        self._ctx.inited = self._meet(*exits) if exits else None
        if s.orelse:
            self.block(s.orelse)

    def stmt_ComptimeAssert(self, s: A.ComptimeAssert) -> None:
        c = self.cond(s.cond)
        if c.const is None:
            self.error("the condition of 'comptime assert' must be known at compile time", s.cond.span)
        elif not c.const:
            msg = s.message.value if isinstance(s.message, A.StrLit) else "comptime assertion failed"
            self.error(f"comptime assert failed: {msg}", s.cond.span)

    def _comptime_values(self, it: A.Expr) -> list[Any] | None:
        if isinstance(it, A.Call) and it.target == ("range",) and all(a.const is not None for a in it.bound_args):
            try:
                r = range(*[int(a.const) for a in it.bound_args])
            except (ValueError, TypeError):  # range(0, 5, 0)
                return None
            if len(r) > limits.MAX_COMPTIME_FOR:
                return r  # too long: reported by the caller before anything is unrolled
            return list(r)
        if isinstance(it.const, tuple):
            return list(it.const)
        return None

    def stmt_For(self, s: A.For) -> None:
        if s.is_comptime:
            pristine = copy.deepcopy(s.body)
        from .string_aliasing import loop_view_root
        view_of = loop_view_root(self, s.iter)  # `for w in line.split()`: each w borrows line
        it = self.loop_iterable(self.expr(s.iter))
        s.iter = it
        elem = self.iter_elem(it)
        if elem is None and s.is_comptime and isinstance(it.const, tuple) and isinstance(it.ty, T.TupleType) \
                and len(set(it.ty.elems)) == 1:
            elem = it.ty.elems[0]  # `comptime for c in coeffs` over a variadic value parameter
        if elem is None:
            if it.ty != T.UNKNOWN:
                self.error(f"'{it.ty}' is not iterable", it.span)
            elem = T.UNKNOWN
        if len(s.targets) > 1:
            if isinstance(elem, T.TupleType) and len(elem.elems) == len(s.targets):
                tys = list(elem.elems)
            else:
                if elem != T.UNKNOWN:
                    self.error(f"cannot unpack '{elem}' into {len(s.targets)} loop variables", s.target_spans[0])
                tys = [T.UNKNOWN] * len(s.targets)
        else:
            tys = [elem]
        start = self._ctx.inited
        if s.is_comptime:
            values = self._comptime_values(it)
            if values is None or len(s.targets) != 1:
                self.error("'comptime for' needs a range or a list known at compile time", it.span)
                return
            if len(values) > limits.MAX_COMPTIME_FOR or \
                    self._comptime_steps + len(values) > limits.MAX_COMPTIME_STEPS:
                what = (f"{len(values)} iterations (the compiler's limit is {limits.MAX_COMPTIME_FOR} per loop)"
                        if len(values) > limits.MAX_COMPTIME_FOR else
                        f"more than {limits.MAX_COMPTIME_STEPS} iterations in all, with the other 'comptime for' "
                        "loops of this compilation")
                self.limit_error("comptime for", f"'comptime for' would unroll {what}; use a plain 'for' loop",
                                 it.span, self._chain)
                return
            self._comptime_steps += len(values)
            for v in values:
                self.poll()
                if "comptime for" in self._limits_hit:  # an inner loop hit the limit: stop unrolling
                    break
                self._scope = Scope(self._scope)
                self._scope.names[s.targets[0]] = GlobalConst(s.targets[0], tys[0], s.target_spans[0], v)
                body = copy.deepcopy(pristine)
                self.block(body)
                s.unrolled.append(body)
                self._scope = self._scope.parent
            return
        self._scope = Scope(self._scope)
        s.syms = [self.declare_local(n, t, sp, True) for n, t, sp in zip(s.targets, tys, s.target_spans)]
        if view_of is not None:
            from .string_aliasing import note_view_var
            note_view_var(self, view_of, s.syms)
        if isinstance(it.ty, T.ListType) and len(s.syms) == 1:
            # `for x in xs` reads each element in place (immutable), `for ref x` is the element
            # itself (writes change the list), `for var x` an owned copy.
            s.syms[0].mutable = s.binding == "var" or (s.binding == "ref" and _root_is_mutable(it))
            s.syms[0].ref_binding = s.binding == "ref"
            if s.binding == "var" and not T.copyable(tys[0]) and tys[0] != T.UNKNOWN:
                self.error(f"value of type '{tys[0]}' cannot be implicitly copied, it does not conform to "
                           "'ImplicitlyCopyable'", it.span, fixit="iterate with 'for ref' or copy each element "
                           "with '.copy()' inside the loop")
        self._ctx.loop_depth += 1
        self._ctx.break_states.append([])
        body_start = set(start) | set(s.syms) if start is not None else None
        self._branch(s.body, body_start)
        breaks = self._ctx.break_states.pop()
        self._ctx.loop_depth -= 1
        assert self._scope.parent is not None
        self._scope = self._scope.parent
        self._ctx.inited = self._meet(start, *breaks)
        if s.orelse:
            self.block(s.orelse)

    def _hidden(self, base: str) -> str:
        self._hidden_count = getattr(self, "_hidden_count", 0) + 1
        return f"__{base}{self._hidden_count}"

    def stmt_With(self, s: A.With) -> None:
        """`with m as x: body` runs as
            var mgr = m; var x = mgr.__enter__()
            try: body
            except e: (mgr.__exit__(e) decides whether to re-raise, or mgr.__exit__() and re-raise)
            finally: mgr.__exit__() unless the except clause already called it."""
        item, rest = s.items[0], s.items[1:]
        body = [A.With(s.span, rest, s.body)] if rest else s.body
        sp = item.span
        mgr_name, done_name, err_name = self._hidden("with"), self._hidden("done"), self._hidden("err")

        def name(n: str) -> A.Name:
            return A.Name(sp, n)

        def call(method: str, args: list[A.Expr]) -> A.Call:
            return A.Call(sp, A.Attribute(sp, name(mgr_name), method, sp), args, [], sp)

        mgr = self.expr(item.manager)
        out: list[A.Stmt] = [A.VarDecl(sp, [mgr_name], [sp], None, mgr)]
        info = mgr.ty.info if isinstance(mgr.ty, T.StructType) else None
        if info is None or "__enter__" not in info.methods or "__exit__" not in info.methods:
            if mgr.ty != T.UNKNOWN:
                self.error(f"'{mgr.ty}' cannot be used in 'with': it needs '__enter__' and '__exit__' methods",
                           item.manager.span)
            self.block(s.body)
            return
        enter = call("__enter__", [])
        if item.name:
            out.append(A.VarDecl(sp, [item.name], [sp], None, enter))
        else:
            out.append(A.ExprStmt(sp, enter))
        takes_error = any(len(f.decl.params if f.template is not None and f.decl is not None else f.params) == 2
                          for f in info.methods["__exit__"].funcs)  # a generic `__exit__[E](self, e: E)` too
        handlers = []
        if self._ctx.can_raise:
            reraise = A.Raise(sp, name(err_name))
            if takes_error:
                on_error: list[A.Stmt] = [A.If(sp, A.UnaryOp(sp, "not", call("__exit__", [name(err_name)])),
                                               [reraise], [])]
            else:
                on_error = [A.ExprStmt(sp, call("__exit__", [])), reraise]
            handlers = [A.Handler(sp, err_name, None,
                                  [A.Assign(sp, name(done_name), A.BoolLit(sp, True))] + on_error)]
        out.append(A.VarDecl(sp, [done_name], [sp], None, A.BoolLit(sp, False)))
        out.append(A.Try(sp, body, handlers, [],
                         [A.If(sp, A.UnaryOp(sp, "not", name(done_name)), [A.ExprStmt(sp, call("__exit__", []))], [])]))
        s.desugared = out
        self._scope = Scope(self._scope)
        for st in out:
            self.stmt(st)
        self._scope = self._scope.parent

    def stmt_Match(self, s: A.Match) -> None:
        """`match v: case P: ...` runs as an if/elif chain over a hidden copy of v."""
        subj_name = self._hidden("match")
        sp = s.subject.span
        subject = self.expr(s.subject)
        chain: list[A.Stmt] = []
        for case in reversed(s.cases):
            conds: list[A.Expr] = []
            prelude: list[A.Stmt] = []
            wildcard = False
            for p in case.patterns:
                if p.kind == "wildcard":
                    wildcard = True
                elif p.kind == "value":
                    conds.append(A.Compare(p.span, A.Name(p.span, subj_name), ["=="], [p.value], [p.span]))
                elif p.kind == "none":
                    conds.append(A.UnaryOp(p.span, "not", A.Name(p.span, subj_name)))
                else:  # .Some(name)
                    conds.append(A.Name(p.span, subj_name))
                    prelude.append(A.VarDecl(p.span, [p.name], [p.span], None,
                                             A.Call(p.span, A.Attribute(p.span, A.Name(p.span, subj_name), "value",
                                                                        p.span), [], [], p.span)))
            body = prelude + case.body
            if wildcard:
                chain = body
                continue
            cond = conds[0]
            for c in conds[1:]:
                cond = A.BoolOp(case.span, "or", cond, c)
            chain = [A.If(case.span, cond, body, chain)]
        s.desugared = [A.VarDecl(sp, [subj_name], [sp], None, subject)] + chain
        self._scope = Scope(self._scope)
        for st in s.desugared:
            self.stmt(st)
        self._scope = self._scope.parent

    def stmt_Break(self, s: A.Break) -> None:
        if self._ctx.loop_depth == 0:
            self.error("'break' outside a loop", s.span)
            return
        self._ctx.break_states[-1].append(set(self._ctx.inited) if self._ctx.inited is not None else None)
        self._ctx.inited = None

    def stmt_Continue(self, s: A.Continue) -> None:
        if self._ctx.loop_depth == 0:
            self.error("'continue' outside a loop", s.span)
        self._ctx.inited = None

    def stmt_Return(self, s: A.Return) -> None:
        f = self._ctx.func
        expected = f.ret if not (f.name == "__init__" and f.owner and not f.is_static) and not _has_out(f) \
            else T.NONE
        if s.value is None:
            if expected not in (T.NONE, T.UNKNOWN):
                self.error(f"missing return value: the function returns '{expected}'", s.span)
        else:
            if expected == T.NONE:
                s.value = self.expr(s.value)
                if s.value.ty == T.NONE and isinstance(s.value, A.Call):  # `return self.store(...)` (2023)
                    self.warn("returning the result of a call that returns nothing is the 2023 Mojo spelling; "
                              "Mojo 1.2 writes the call, then 'return'", s.value.span)
                else:
                    self.error("this function does not return a value; declare '-> Type' to return one",
                               s.value.span)
            elif f.returns_ref and isinstance(expected, T.PointerType):
                # `return self.x` from `-> ref[...] T`: the address of the place
                v = self.expr(s.value, expected.elem)
                if v.ty != T.UNKNOWN and v.ty != expected.elem:
                    self.error(f"cannot return a reference to '{v.ty}' from a function returning "
                               f"'ref {expected.elem}'", v.span)
                addr = A.Call(v.span, A.Name(v.span, "_"), [], [], v.span)
                addr.target, addr.bound_args, addr.ty = ("addr_of",), [v], expected
                s.value = addr
            else:
                v = self.expr(s.value, expected)
                s.value = self.coerce(v, expected)
        self._ctx.inited = None

    def stmt_Raise(self, s: A.Raise) -> None:
        if s.exc is None:
            self.error("a bare 'raise' is not supported; raise an Error value", s.span)
        else:
            e = self.expr(s.exc, T.ERROR)
            if e.ty in (T.STRING, T.STR_LIT):
                e = self.coerce(e, T.STRING)
                conv = A.Convert(e.span, e)
                conv.ty = T.ERROR
                e = conv
            elif isinstance(e.ty, T.StructType) and "write_to" in e.ty.info.methods:
                # A typed error (`raises MyError`), or one that becomes an Error of its text.
                if self._ctx.can_raise:
                    self._note_raise(e.ty, _call_paren(e), raising=True)
            elif e.ty not in (T.ERROR, T.UNKNOWN):
                self.error(f"cannot raise a value of type '{e.ty}'; raise an Error(...)", e.span)
            if e.ty == T.ERROR and self._ctx.can_raise:
                self._note_raise(T.ERROR, _call_paren(e), raising=True)
            s.exc = e
        if not self._ctx.can_raise:
            self.error("'raise' requires a surrounding 'try' block or the enclosing function to declare "
                       "'raises'", s.span,
                       fixit=f"declare the function as 'def {self._ctx.func.name}(...) raises'")
        self._ctx.inited = None

    def stmt_Try(self, s: A.Try) -> None:
        start = self._ctx.inited
        if s.handlers:
            self._ctx.try_depth += 1
            self._ctx.error_cells.append([None])
        body_state = self._branch(s.body, start)
        if s.handlers:
            self._ctx.try_depth -= 1
            s.caught_type = self._ctx.error_cells.pop()[0] or T.ERROR  # `except e:` has the body's error type
        states = []
        if s.orelse:
            states.append(self._branch(s.orelse, body_state) if body_state is not None else None)
        else:
            states.append(body_state)
        for h in s.handlers:
            self._scope = Scope(self._scope)
            self._ctx.inited = set(start) if start is not None else None
            if h.name:
                h.sym = self.declare_local(h.name, s.caught_type, h.span, True)
            self.block(h.body)
            states.append(None if _terminates(h.body) else self._ctx.inited)
            assert self._scope.parent is not None
            self._scope = self._scope.parent
        after = self._meet(*states)
        if s.finalbody:
            self._ctx.inited = set(start) if start is not None else None
            self.block(s.finalbody)
            if after is not None and self._ctx.inited is not None:
                after |= self._ctx.inited
        self._ctx.inited = after


def _is_local_closure(sym: Any, scope: Any, globals_: Any) -> bool:
    """A closure declared in an enclosing function (not a global function)."""
    if not isinstance(sym, OverloadSet):
        return False
    sc = scope
    while sc is not None and sc is not globals_:
        if sc.names.get(sym.name) is sym:
            return True
        sc = sc.parent
    return False


def _closure_captures(sym: Any) -> list[Any]:
    out = []
    for f in sym.funcs:
        out += [p for p in f.params if p.capture is not None] + list(getattr(f, "closure_captures", []))
    return out


def _access_span(e: A.Expr) -> Span:
    """Where Mojo reports writing through an immutable value: the last '.' or '[' of the target."""
    if isinstance(e, A.Attribute):
        return _dot(e.attr_span)
    if isinstance(e, A.Subscript):
        v = e.value.span
        return Span(v.file, v.end_line, v.end_col, v.end_line, v.end_col + 1)
    return e.span
