"""Generics: template parameters, instantiation of structs and functions, inference of parameters from
arguments, and the compiler's limits on them.

A mixin of the Checker (check/checker.py); `self` is the Checker."""

from __future__ import annotations

import copy
from typing import Any

from .. import limits
from ..diagnostics import Span
from ..frontend import ast as A
from . import pointers, simd
from . import legacy_fn_params
from . import types as T
from .symbols import (
    FuncInfo,
    GlobalConst,
    OverloadSet,
    StructInfo,
    Template,
    TemplateParam,
    TypeSym,
)
from .support import (
    Scope,
    _chain_notes,
    _short,
    _type_nodes,
)

from . import closures  # (functions and closures bound to parameters)


class GenericsChecker:
    def _template_params(self, tps: list[A.Param], scope: Scope) -> list[TemplateParam]:
        out = []
        # A function parameter may name earlier type parameters (`[T: Copyable, //, pred: def(T) -> Bool]`):
        # until they are bound, they stand for any type (closures.fits), and each instance checks the call.
        earlier = Scope(scope)
        for p in tps:
            if self._is_trait_expr(p.type, scope):
                out.append(TemplateParam(p.name, True, None, p.default, p.variadic))
                earlier.names[p.name] = TypeSym(p.name, T.UNKNOWN)
            else:
                saved = getattr(self, "_scope", None)
                self._scope = earlier if isinstance(p.type, A.FuncTypeExpr) else scope
                out.append(TemplateParam(p.name, False, self.resolve_type(p.type), p.default, p.variadic))
                self._scope = saved
            out[-1].positional = not (p.infer_only or p.kw_only)
        return out

    def _param_value(self, tp: TemplateParam, arg: A.Expr) -> Any:
        """A generic parameter's value from an explicit argument: a type, or a compile-time constant."""
        if tp.is_type:
            return self.resolve_type(arg)
        if isinstance(tp.ty, legacy_fn_params.ParametricFuncType):
            return legacy_fn_params.param_value(self, tp, arg)  # a parametric function (2023 `tile`)
        if isinstance(tp.ty, legacy_fn_params.OpenFuncType):
            return legacy_fn_params.open_value(self, tp, arg)  # `func: fn(Matrix, Matrix) -> None`
        saved = self._ctx
        self._ctx = None
        v = self.expr(copy.deepcopy(arg), tp.ty)
        self._ctx = saved
        if isinstance(tp.ty, T.FuncType):
            f = closures.function_of(v, tp.ty)
            if f is not None and closures.fits(f, tp.ty):
                return f  # a function or a closure (its captures travel as hidden arguments)
        v = self.coerce(v, tp.ty)
        if v.const is None:
            self.error(f"the parameter '{tp.name}' must be known at compile time", arg.span)
            return None
        return v.const

    def _bind(self, t: Template, values: list[Any]) -> tuple[Scope, str, tuple]:
        scope = Scope(t.scope or self.globals)
        shown = []
        for tp, v in zip(t.params, values):
            if getattr(tp, "closure_bound", False) and isinstance(v, FuncInfo):
                scope.names[tp.name] = TypeSym(tp.name, closures.signature(v))  # `f: F` has its signature
                shown.append(v.name)
            elif tp.is_type:
                scope.names[tp.name] = TypeSym(tp.name, v)
                shown.append(str(v))
            elif tp.variadic and isinstance(v, tuple):  # a variadic value parameter: a tuple of values
                scope.names[tp.name] = GlobalConst(tp.name, T.TupleType(tuple(tp.ty for _ in v)), t.decl.span, v)
                shown.append(", ".join(str(x) for x in v))
            else:
                scope.names[tp.name] = GlobalConst(tp.name, tp.ty, t.decl.span, v)
                shown.append(str(v) if not isinstance(v, bool) else str(v))
        # Types by identity (a struct redefined in a later notebook cell is another type with the
        # same name); other values by their text, so that 1, True and 1.0 stay apart.
        key = tuple((v.llname if isinstance(v, FuncInfo) else v if isinstance(v, T.Type) else str(v),
                     type(v).__name__) for v in values)
        shown = [v.name if isinstance(v, FuncInfo) else x for v, x in zip(values, shown)]
        return scope, "[" + ", ".join(shown) + "]", key

    def instantiate_struct(self, sym: TypeSym, values: list[Any], span: Span | None = None) -> T.Type:
        t = sym.template
        assert t is not None
        if self._too_large(values, sym.name, span or t.decl.span):
            return T.UNKNOWN
        scope, shown, key = self._bind(t, values)
        info = t.instances.get(key)
        if info is None:
            chain = self._instantiation(sym.name + shown, span or t.decl.span)
            if chain is None:
                return T.UNKNOWN
            d = copy.deepcopy(t.decl)
            d.type_params = []
            info = StructInfo(sym.name + shown, d, llname=self.llname(sym.name + shown))
            info.generic_instance = True
            info.inst_chain = chain  # type: ignore[attr-defined]
            info.param_kinds = [(tp.name, tp.is_type) for tp in t.params]  # type: ignore[attr-defined]
            info.comptimes.update(scope.names)
            self._add_instance(t, key, info)
            saved = (getattr(self, "_scope", None), getattr(self, "_ctx", None), self._chain)
            self._chain = chain
            self._declare_struct(info, d, scope)
            self._scope, self._ctx, self._chain = saved
            self._check_containment(info)
            # Destruction, copies and moves may happen anywhere the type is used: compile its
            # lifecycle methods with it (see ir/nodes.lifecycle).
            for name in ("__deinit__", "__del__", "__copyinit__", "__moveinit__", "__init__"):
                for f in info.methods.get(name, OverloadSet(name)).funcs:
                    ps = [p for p in f.params if p.convention != "out"]
                    if name != "__init__" or (len(ps) == 1 and ps[0].kw_only and ps[0].name in ("copy", "move")):
                        self.require(f)
        if sym.name.startswith("_Variant") and sym.name[8:].isdigit():
            self._mark_variant(info.ty, values)
        return info.ty

    def instantiate_function(self, tmpl: FuncInfo, values: list[Any], span: Span | None = None) -> FuncInfo | None:
        t = tmpl.template
        assert t is not None
        if self._too_large(values, tmpl.name, span or t.decl.span):
            return None
        scope, shown, key = self._bind(t, values)
        inst = t.instances.get(key)
        if inst is None:
            owner = tmpl.owner.name + "." if tmpl.owner is not None else ""
            chain = self._instantiation(owner + tmpl.name + shown, span or t.decl.span)
            if chain is None:
                return None
            d = copy.deepcopy(t.decl)
            d.type_params = []
            saved = (getattr(self, "_scope", None), getattr(self, "_ctx", None), self._chain)
            self._chain = chain
            inst = self._declare_function(d, tmpl.owner, scope=scope, instance_of=tmpl, shown=shown)
            self._scope, self._ctx, self._chain = saved
            if inst is not None:
                inst.inst_chain = chain  # type: ignore[attr-defined]
                inst.params += getattr(tmpl, "closure_captures", [])  # a parametric closure's captures
                legacy_fn_params.bind_captures(self, inst, {tp.name: v for tp, v in zip(t.params, values)})
            self._add_instance(t, key, inst)
        return inst

    def _add_instance(self, t: Any, key: Any, inst: Any) -> None:
        """Register an instance, in order: a notebook cell that fails to compile takes back the
        instances it made (Session._restore), or a later cell would reuse one never compiled."""
        t.instances[key] = inst
        if not hasattr(self, "instance_log"):
            self.instance_log: list = []
        self.instance_log.append((t, key))

    def forget_instances(self, keep: int) -> None:
        """Drop the instances registered after the first `keep` (see _add_instance)."""
        log = getattr(self, "instance_log", [])
        for t, key in log[keep:]:
            t.instances.pop(key, None)
        del log[keep:]

    # ------------------------------------------------------------------ limits
    def _instantiation(self, name: str, span: Span) -> tuple[tuple[str, Span], ...] | None:
        """Account for one more generic instance, requested at span from the code being checked:
        its chain of instantiations, or None (and an error showing the chain) past a limit."""
        self.poll()
        name = _short(name)
        chain = self._chain + ((name, span),)
        if len(chain) > limits.MAX_INSTANTIATION_DEPTH:
            self.limit_error("depth", f"recursive instantiation of '{name}' is too deep (more than "
                             f"{limits.MAX_INSTANTIATION_DEPTH} levels, each requested by the one before); "
                             "a parameter that changes with every recursion needs a 'comptime if' that stops it",
                             span, chain[:-1])
            return None
        self._instances += 1
        if self._instances > limits.MAX_INSTANTIATIONS:
            self.limit_error("count", f"too many generic instantiations in one compilation (more than "
                             f"{limits.MAX_INSTANTIATIONS}); '{name}' was requested here", span, chain[:-1])
            return None
        return chain

    def _struct_params_by_name(self, base: str, t: Template, given: list[A.Expr], e: A.Subscript
                               ) -> list[A.Expr] | None:
        slots: list[A.Expr | None] = list(given) + [None] * (len(t.params) - len(given))
        for k in e.keywords:
            i = next((i for i, tp in enumerate(t.params) if tp.name == k.name), None)
            if i is None or slots[i] is not None:
                self.error(f"'{base}' has no parameter '{k.name}'" if i is None else
                           f"the parameter '{k.name}' of '{base}' is given twice", k.span)
                return None
            slots[i] = k.value
        for i, tp in enumerate(t.params):
            if slots[i] is None:
                if tp.default is None:
                    self.error(f"'{base}' needs a value for its parameter '{tp.name}'", e.span)
                    return None
                slots[i] = copy.deepcopy(tp.default)
        return slots  # type: ignore[return-value]

    def _too_large(self, values: list[Any], name: str, span: Span) -> bool:
        """Whether a parameter is a type too large to name (a runaway `N[Tuple[T, T]]` doubles it
        with every instantiation); reported with the chain."""
        if all(_type_nodes(v) <= limits.MAX_TYPE_NODES for v in values if isinstance(v, T.Type)):
            return False
        self.limit_error("type size", f"a parameter of '{name}' is a type too large for the compiler (more than "
                         f"{limits.MAX_TYPE_NODES} nested types)", span, self._chain)
        return True

    def limit_error(self, kind: str, msg: str, span: Span, chain: tuple[tuple[str, Span], ...] = ()) -> None:
        """Report a compiler limit once per kind and compilation, with the instantiations that led
        there (innermost first, like C++'s "in instantiation of ... requested here")."""
        if kind in self._limits_hit:
            return
        self._limits_hit = self._limits_hit | {kind}
        self.error(msg, span, _chain_notes(chain))

    def _infer(self, te: A.Expr | None, ty: T.Type, names: dict[str, TemplateParam], out: dict[str, Any]) -> None:
        if te is None:
            return
        if isinstance(te, A.Name) and te.id in names and names[te.id].is_type:
            out.setdefault(te.id, T.materialize(ty))
        elif isinstance(te, A.Subscript) and isinstance(te.value, A.Name) and te.value.id in ("SIMD", "Scalar"):
            # DType and width parameters, from a vector (or, for width 1, a scalar) argument.
            elem, width = (ty.elem, ty.width) if isinstance(ty, T.SimdType) else (T.materialize(ty), 1)
            for idx, value in zip(te.indices, (elem, width)):
                if isinstance(idx, A.Name) and idx.id in names and not names[idx.id].is_type:
                    out.setdefault(idx.id, value)
        elif isinstance(te, A.Subscript) and isinstance(te.value, A.Name) and te.value.id in pointers.POINTER_NAMES \
                and isinstance(ty, T.PointerType) and te.indices:
            self._infer(te.indices[0], ty.elem, names, out)
        elif isinstance(te, A.Subscript) and isinstance(te.value, A.Name) and isinstance(ty, T.StructType) \
                and ty.info.generic_instance:
            # `Layout[T]` against a `Layout[Int64]`: the instance's parameter values, by position (its
            # comptimes start with its parameters, in order).
            if ty.info.name.startswith(te.value.id + "["):
                for ix, bound in zip(te.indices, list(ty.info.comptimes.values())):
                    if isinstance(bound, TypeSym) and bound.ty is not None:
                        self._infer(ix, bound.ty, names, out)
                    elif isinstance(ix, A.Name) and ix.id in names and getattr(bound, "value", None) is not None:
                        out.setdefault(ix.id, bound.value)
        elif isinstance(te, A.Subscript) and isinstance(te.value, A.Name) and len(te.indices) == 1:
            if te.value.id == "List" and isinstance(ty, T.ListType) or te.value.id == "Optional" and isinstance(ty, T.OptionalType):
                self._infer(te.indices[0], ty.elem, names, out)

    def instantiate_for_call(self, fn: FuncInfo, e: A.Call, skip_self: bool,
                             explicit: list[A.Expr] | None, explicit_kw: list[A.Keyword] | None = None
                             ) -> FuncInfo | None:
        t = fn.template
        assert t is not None
        bound: dict[str, Any] = {}
        if explicit:
            positional = [tp for tp in t.params if tp.positional]  # `[dtype: DType, //, n: Int]`: f[3] is n
            pack = next((i for i, tp in enumerate(positional) if tp.variadic and not tp.is_type), None)
            if len(explicit) > len(positional) and pack is None:
                self.error(f"'{fn.name}' takes at most {len(positional)} parameters", explicit[-1].span)
                return None
            for i, (tp, x) in enumerate(zip(positional, explicit)):
                if i == pack:  # `[*coeffs: Int]`: the remaining values, as a compile-time tuple
                    bound[tp.name] = tuple(self._param_value(tp, y) for y in explicit[i:])
                    break
                bound[tp.name] = self._param_value(tp, x)
        for k in explicit_kw or []:
            tp = next((tp for tp in t.params if tp.name == k.name), None)
            if tp is None:
                self.error(f"'{fn.name}' has no parameter '{k.name}'", k.span)
                return None
            bound[tp.name] = self._param_value(tp, k.value)
        names = {tp.name: tp for tp in t.params}
        decl_params = t.decl.params[1:] if skip_self and fn.owner is not None and not fn.is_static else t.decl.params
        positional = [p for p in decl_params if not p.kw_only]
        for i, (p, a) in enumerate(zip(positional, e.args)):
            if p.variadic and isinstance(p.type, A.Name) and p.type.id.startswith("*"):
                pack = p.type.id[1:]
                bound.setdefault(pack, T.TupleType(tuple(T.materialize(x.ty) for x in e.args[i:])))
                break
            if isinstance(p.type, A.Name) and getattr(names.get(p.type.id), "closure_bound", False):
                f = closures.infer(self, names[p.type.id], a, fn.name)
                if f is not None:
                    bound.setdefault(p.type.id, f)
                continue
            self._infer(p.type, a.ty, names, bound)
        for p in positional[len(e.args):]:
            if p.variadic and isinstance(p.type, A.Name) and p.type.id.startswith("*"):
                bound.setdefault(p.type.id[1:], T.TupleType(()))
        for k in e.keywords:
            p = next((p for p in decl_params if p.name == k.name), None)
            if p is not None and isinstance(p.type, A.Name) and getattr(names.get(p.type.id), "closure_bound", False):
                f = closures.infer(self, names[p.type.id], k.value, fn.name)
                if f is not None:
                    bound.setdefault(p.type.id, f)
            elif p is not None:
                self._infer(p.type, k.value.ty, names, bound)
        for p in t.decl.type_params or []:  # `map[f](xs)` of `map[..., R, //, f: def(T) -> R]`: R from f
            f = bound.get(p.name)
            if isinstance(f, FuncInfo) and isinstance(p.type, A.FuncTypeExpr):
                sig = closures.signature(f)
                for pt, at in zip(p.type.params, sig.params):
                    self._infer(pt, at, names, bound)
                self._infer(p.type.ret, sig.ret, names, bound)
        for tp in t.params:
            if tp.name not in bound and tp.default is not None:
                if id(tp) in self._defaults_in_progress:  # `def f[n: Int = f[]()]()`
                    self.error(f"the default value of the parameter '{tp.name}' of '{fn.name}' depends on itself",
                               tp.default.span)
                    return None
                self._defaults_in_progress = self._defaults_in_progress | {id(tp)}
                try:
                    bound[tp.name] = self._param_value(tp, tp.default)
                finally:
                    self._defaults_in_progress = self._defaults_in_progress - {id(tp)}
        missing = [tp.name for tp in t.params if tp.name not in bound]
        if missing:
            self.error(f"cannot infer the parameter '{missing[0]}' of '{fn.name}'; pass it explicitly: "
                       f"'{fn.name}[...](...)'", e.lparen)
            return None
        if any(v is None for v in bound.values()):
            return None
        inst = self.instantiate_function(fn, [bound[tp.name] for tp in t.params], e.span)
        if inst is not None:  # (once per instance: before its body is checked)
            closures.bind_in_instance(self, fn, inst, bound)
        return inst

    # ------------------------------------------------------------------ types
    def resolve_type(self, e: A.Expr) -> T.Type:
        if isinstance(e, A.Name):
            name = e.id.removeprefix("*")  # `*Ts`: the pack's Tuple type
            sym = self._scope.lookup(name) if hasattr(self, "_scope") else self.globals.lookup(name)
            self._note_legacy(name, sym, e.span)
            if isinstance(sym, TypeSym) and sym.ty is not None:
                return sym.ty
            if isinstance(sym, GlobalConst) and isinstance(sym.ty, T.MetaType):  # `comptime Shape = Variant[...]`
                return sym.ty.of
            if isinstance(sym, TypeSym):
                self.error(f"'{e.id}' needs parameters, e.g. '{e.id}[Int]'", e.span)
                return T.UNKNOWN
            if e.id == "None":
                return T.NONE
            self._unknown(e.id, e.span, "type")
            return T.UNKNOWN
        if isinstance(e, A.NoneLit):
            return T.NONE
        if isinstance(e, A.Subscript) and isinstance(e.value, A.Name) and e.value.id in ("SIMD", "Scalar"):
            return simd.resolve(self, e.value.id, e)
        if isinstance(e, A.Subscript) and isinstance(e.value, (A.Name, A.Attribute)):
            alias = self._scope.lookup(e.value.id if isinstance(e.value, A.Name) else e.value.attr) \
                if hasattr(self, "_scope") else None
            if isinstance(alias, GlobalConst) and getattr(alias, "origin_params_only", False):
                return alias.ty.of  # `Self.IteratorType[origin_of(self)]` (declarations._declare_comptime)
        if isinstance(e, A.Subscript) and isinstance(e.value, A.Name):
            base = e.value.id
            sym = self._scope.lookup(base) if hasattr(self, "_scope") else None
            if pointers.is_span_template(sym):
                return pointers.resolve_span(self, e, sym)
            if isinstance(sym, TypeSym) and sym.template is not None:
                t = sym.template
                given = list(e.indices)
                if e.keywords:  # `Buffer[fill=7]`, `Buffer[8, fill=2]`: by name, the others by default
                    given = self._struct_params_by_name(base, t, given, e)
                    if given is None:
                        return T.UNKNOWN
                if len(given) < len(t.params) and all(p.default is not None for p in t.params[len(given):]):
                    given += [copy.deepcopy(p.default) for p in t.params[len(given):]]  # `Logger[]`, defaults
                if len(given) != len(t.params):
                    self.error(f"'{base}' takes {len(t.params)} parameters, got {len(e.indices)}", e.span)
                    return T.UNKNOWN
                values = [self._param_value(tp, x) for tp, x in zip(t.params, given)]
                if any(v is None or v == T.UNKNOWN for v in values):
                    return T.UNKNOWN
                if not _key_elements_ok(self, base, t, values, given):
                    return T.UNKNOWN
                return self.instantiate_struct(sym, values, e.span)
            if isinstance(sym, TypeSym) and sym.ty is None:
                base = sym.name  # DynamicVector is List under its 2023 name
            if base in pointers.POINTER_NAMES:
                return pointers.resolve(self, e)
            args = [self.resolve_type(x) for x in e.indices]
            if base == "Variant" and isinstance(sym, TypeSym) and sym.template is None:
                return self._variant_type(args, e.span)
            if base == "List" and len(args) == 1:
                return T.ListType(args[0])
            if base == "Optional" and len(args) == 1:
                return T.OptionalType(args[0])
            if base == "Tuple":
                return T.TupleType(tuple(args))
            if base == "Some" and len(args) == 1:
                return args[0]
            self.error(f"'{base}' does not take these parameters", e.span)
            return T.UNKNOWN
        if isinstance(e, A.Attribute):
            return self.resolve_type(A.Name(e.attr_span, e.attr))
        if isinstance(e, A.FuncTypeExpr) and getattr(e, "type_params", None):
            return legacy_fn_params.resolve(self, e)  # 2023: `fn[tile_x: Int](Int) capturing -> None`
        if isinstance(e, A.FuncTypeExpr) and (open_ty := legacy_fn_params.resolve_open(self, e)) is not None:
            return open_ty  # 2023/2024: `fn(Matrix, Matrix) -> None` over a generic struct
        if isinstance(e, A.FuncTypeExpr):
            return T.FuncType(tuple(self.resolve_type(p) for p in e.params),
                              self.resolve_type(e.ret) if e.ret is not None else T.NONE, e.raises)
        self.error("expected a type", e.span)
        return T.UNKNOWN


def _key_elements_ok(c: Any, base: str, t: Any, values: list[Any], given: list[Any]) -> bool:
    """`Dict[Cell, V]`, `Set[Cell]`: a std parameter bound by KeyElement takes a struct only when it is
    Hashable (declared, or with its own `__hash__`), as Mojo checks the bound where it is written."""
    if not t.decl.span.file.startswith("<std>"):
        return True
    for tp, p, v, x in zip(t.params, t.decl.type_params, values, given):
        if isinstance(p.type, A.Name) and p.type.id == "KeyElement" and isinstance(v, T.StructType) and \
                "__hash__" not in v.info.methods and not {"Hashable", "KeyElement"} & set(v.info.traits):
            c.error(f"'{base}' parameter '{tp.name}' has 'KeyElement' type, but value has type "
                    f"'AnyStruct[{v}]'", x.span)
            return False
    return True
