"""Functions and closures passed to generic functions.

Mojo 1.2 spells a function argument of any kind (a top-level function or a closure over local
variables) as a type parameter bounded by a function type without `thin`:

    def apply[F: def(Int) -> Int](f: F, v: Int) -> Int:   # or `f: Some[def(Int) -> Int]`
        return f(v)

Here such a parameter F is bound to the function itself (a FuncInfo; each function gets its own
instance, as each closure has its own type in Mojo), `f` is typed with the function's signature
and every call `f(v)` inside the instance calls that function directly (`ParamInfo.static_func`).

A closure's captured variables are hidden trailing parameters of the closure (check/statements.py,
`stmt_FuncDef`). An instance that is given a closure, as a run-time argument or as a compile-time
parameter (`apply2[f: def(Int) capturing -> Int]`), takes the same variables as hidden parameters of
its own and passes them along; `FuncContext.capture_map` says, inside a function, which of its own
parameters stands for a captured variable of the function that defined the closure.

These are helpers of the Checker (`c`); they are called from check/generics.py, check/calls.py and
check/declarations.py."""

from __future__ import annotations

from typing import Any

from ..frontend import ast as A
from . import types as T
from .symbols import FuncInfo, GlobalConst, LocalVar, OverloadSet, ParamInfo, TemplateParam


def is_closure_bound(te: Any) -> bool:
    """`def(Int) -> Int` (neither `thin` nor `capturing`): Mojo 1.2's bound for any callable."""
    return isinstance(te, A.FuncTypeExpr) and not ({"thin", "capturing"} & set(te.effects))


def some_closure_param(c: Any, p: A.Param, i: int, scope: Any) -> TemplateParam | None:
    """`f: Some[def(Int) -> Int]`: an anonymous closure-bounded type parameter (p's type becomes its name)."""
    te = p.type
    if not (isinstance(te, A.Subscript) and isinstance(te.value, A.Name) and te.value.id == "Some"
            and len(te.indices) == 1 and is_closure_bound(te.indices[0])):
        return None
    saved = getattr(c, "_scope", None)
    c._scope = scope
    tp = TemplateParam(f"__some{i}", False, c.resolve_type(te.indices[0]))
    c._scope = saved
    tp.closure_bound = True  # type: ignore[attr-defined]
    p.type = A.Name(te.span, tp.name)
    return tp


def user_params(f: FuncInfo) -> list[ParamInfo]:
    return [p for p in f.params if p.capture is None and p.convention != "out"]


def signature(f: FuncInfo) -> T.FuncType:
    return T.FuncType(tuple(p.ty for p in user_params(f)), f.ret, f.raises)


def function_of(e: A.Expr, want: T.FuncType | None = None) -> FuncInfo | None:
    """The function an argument names: a function or closure, a parameter bound to one, or a
    compile-time function parameter. With several overloads, the one whose signature is `want`."""
    sym = getattr(e, "sym", None) if isinstance(e, A.Name) else None
    if isinstance(sym, LocalVar) and sym.static_func is not None:
        return sym.static_func
    if isinstance(sym, GlobalConst) and isinstance(sym.value, FuncInfo):
        return sym.value
    if isinstance(sym, OverloadSet):
        funcs = [f for f in sym.funcs if f.template is None]
        if want is not None and len(funcs) > 1:
            funcs = [f for f in funcs if fits(f, want)]
        return funcs[0] if len(funcs) == 1 else None
    return None


def fits(f: FuncInfo, bound: T.FuncType) -> bool:
    """Whether f can be passed for the bound; UNKNOWN in the bound (a type parameter not yet
    bound, generics._template_params) takes any type."""
    sig = signature(f)

    def same(a: T.Type, b: T.Type) -> bool:
        return b == T.UNKNOWN or a == b

    return (len(sig.params) == len(bound.params) and all(map(same, sig.params, bound.params))
            and same(sig.ret, bound.ret) and (not sig.raises or bound.raises))


def infer(c: Any, tp: TemplateParam, arg: A.Expr, fname: str) -> FuncInfo | None:
    """Bind the closure-bounded parameter `tp` from the argument passed for `f: F`."""
    f = function_of(arg, tp.ty)
    if f is None:
        return None
    if not fits(f, tp.ty):
        c.error(f"invalid call to '{fname}': '{f.name}' has type '{signature(f)}', which does not fit "
                f"'{tp.ty}'", arg.span)
        return None
    return f


def bind_in_instance(c: Any, tmpl: FuncInfo, inst: FuncInfo, values: dict[str, Any]) -> None:
    """After an instance is declared: its `f: F` parameters call F's function directly, and every
    closure among its parameter values brings its captured variables as hidden parameters."""
    if getattr(inst, "closures_bound", False):
        return
    inst.closures_bound = True  # type: ignore[attr-defined]
    t = tmpl.template
    decl_params = t.decl.params
    bound = {tp.name for tp in t.params if getattr(tp, "closure_bound", False)}
    for dp, p in zip(decl_params, inst.params):
        if isinstance(dp.type, A.Name) and dp.type.id in bound and isinstance(values.get(dp.type.id), FuncInfo):
            p.static_func = values[dp.type.id]
    seen: set[int] = set()
    for name, v in values.items():
        if not isinstance(v, FuncInfo) or id(v) in seen:
            continue
        seen.add(id(v))
        for p in v.params:
            if p.capture is None:
                continue
            # The instance borrows a `var` capture's snapshot; the closure's own call copies it.
            conv = "mut" if p.convention == "mut" else "ref"
            inst.params.append(ParamInfo(f"{name}.{p.name}", p.ty, conv, None, False, p.span, capture=p.capture))


def bind_static(p: ParamInfo, a: A.Expr) -> bool:
    """An argument for a parameter that calls a fixed function: the function itself (a closure has
    no run-time value of its own; its captures travel as hidden arguments)."""
    if p.static_func is None:
        return False
    a.ty, a.const = p.ty, p.static_func
    return True


def captured_name(c: Any, p: ParamInfo, span: Any) -> A.Name:
    """The argument for a callee's hidden parameter p (a captured variable): the variable itself,
    or, inside a function that received it as a hidden parameter of its own, that parameter."""
    ctx = getattr(c, "_ctx", None)
    sym = p.capture
    cmap = getattr(ctx, "capture_map", None)
    if cmap:
        sym = cmap.get(sym, sym)
    n = A.Name(span, sym.name)
    n.sym, n.ty = sym, sym.ty
    return n


def value_of_function(e: A.Expr) -> bool:
    """`var g = double`: a plain function used as a value takes its signature's function type."""
    sym = getattr(e, "sym", None) if isinstance(e, A.Name) else None
    if not isinstance(sym, OverloadSet):
        return False
    f = function_of(e)
    if f is None or f.owner is not None or any(p.capture is not None for p in f.params) or f.intrinsic:
        return False
    e.ty, e.const = signature(f), f
    return True


def explicit_instance(c: Any, e: A.Subscript, base: A.Name) -> A.Expr | None:
    """`less[Int]` used as a value (`PQ[T, less[T]]`, `pick[less[Int]](a, b)`, `var f = less[Int]`):
    the generic function instantiated with the explicit parameters, as a function value (Mojo
    binds every parameter from the brackets and defaults; none are inferred here)."""
    sym = base.sym
    if not isinstance(sym, OverloadSet):
        return None
    for fn in sym.funcs:
        t = fn.template
        if t is None:
            continue
        positional = [tp for tp in t.params if tp.positional]
        names = {tp.name for tp in t.params}
        if len(e.indices) > len(positional) or any(k.name not in names for k in e.keywords):
            continue
        bound: dict[str, Any] = {tp.name: c._param_value(tp, x) for tp, x in zip(positional, e.indices)}
        for k in e.keywords:
            bound[k.name] = c._param_value(next(tp for tp in t.params if tp.name == k.name), k.value)
        for tp in t.params:
            if tp.name not in bound and tp.default is not None:
                bound[tp.name] = c._param_value(tp, tp.default)
        if any(tp.name not in bound for tp in t.params) or any(v is None for v in bound.values()):
            continue
        inst = c.instantiate_function(fn, [bound[tp.name] for tp in t.params], e.span)
        if inst is None:
            return None
        bind_in_instance(c, fn, inst, bound)
        out = A.Name(e.span, base.id)
        out.sym = OverloadSet(base.id, [inst])
        out.ty, out.const = signature(inst), inst
        return out
    return None
