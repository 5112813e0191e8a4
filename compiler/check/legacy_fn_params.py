"""Parametric function types as compile-time parameters (the 2023 notebooks' own `tile`):

    alias Tile2DFunc = fn[tile_x: Int, tile_y: Int](Int, Int) capturing -> None
    fn tile[tiled_fn: Tile2DFunc, tile_x: Int, tile_y: Int](end_x: Int, end_y: Int):
        ...
            tiled_fn[tile_x, tile_y](x, y)
    ...
    @parameter
    fn calc_tile[tile_x: Int, tile_y: Int](x: Int, y: Int): ...   # a closure over m, C, A, B
    tile[calc_tile, nelts * 4, 4](A.cols, C.cols)

`tiled_fn` is bound to the parametric function itself (its template FuncInfo); each instance of
`tile` is made for one such function (check/generics.py keys instances by it), and
`tiled_fn[a, b](x, y)` instantiates and calls it. A parametric closure's captured variables
travel as hidden parameters of `tile`'s instance, which passes them on, as check/closures.py does
for plain closures. `std.algorithm.Static2DTileUnitFunc` is this type (utils.legacy2023.mojo).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from ..frontend import ast as A
from . import types as T
from .symbols import FuncInfo, GlobalConst, OverloadSet, ParamInfo

_ids = itertools.count(1)


@dataclass(frozen=True)
class ParametricFuncType(T.FuncType):
    """`fn[tile_x: Int, tile_y: Int](Int, Int) capturing -> None`: `tparams` are the types of the
    function's compile-time parameters."""

    tparams: tuple[T.Type, ...] = ()

    def __str__(self) -> str:
        r = " raises" if self.raises else ""
        return (f"def[{', '.join(map(str, self.tparams))}]({', '.join(map(str, self.params))}) capturing{r}"
                f" -> {self.ret}")


def resolve(c: Any, e: A.FuncTypeExpr) -> T.Type:
    tps = getattr(e, "type_params", None) or []
    return ParametricFuncType(tuple(c.resolve_type(p) for p in e.params),
                              c.resolve_type(e.ret) if e.ret is not None else T.NONE, e.raises,
                              tuple(c.resolve_type(p.type) if p.type is not None else T.INT for p in tps))


def param_value(c: Any, tp: Any, arg: A.Expr) -> FuncInfo | None:
    """The parametric function named by `arg` for the parameter `tp` (of a ParametricFuncType)."""
    sym = c._scope.lookup(arg.id) if isinstance(arg, A.Name) and getattr(c, "_scope", None) else None
    if isinstance(sym, GlobalConst) and isinstance(sym.value, FuncInfo):
        return sym.value  # passed on from an enclosing instance's own parameter
    funcs = [f for f in sym.funcs if f.template is not None] if isinstance(sym, OverloadSet) else []
    want = tp.ty
    if len(funcs) != 1 or len(funcs[0].template.params) != len(want.tparams):
        c.error(f"'{getattr(arg, 'id', '?')}' is not a function with {len(want.tparams)} compile-time "
                f"parameters, as '{tp.name}: {want}' needs", arg.span)
        return None
    f = funcs[0]
    if not f.llname:  # instances of the callee are keyed by it: each closure its own
        f.llname = f"{f.name}.param_fn{next(_ids)}"
    return f


def bind_captures(c: Any, inst: FuncInfo, values: dict[str, Any]) -> None:
    """A parametric closure among an instance's parameter values brings its captured variables as
    hidden parameters of the instance (passed on to the closure's own instances)."""
    for name, v in values.items():
        if not (isinstance(v, FuncInfo) and v.template is not None):
            continue
        for p in getattr(v, "closure_captures", []):
            conv = "mut" if p.convention == "mut" else "ref"
            inst.params.append(ParamInfo(f"{name}.{p.name}", p.ty, conv, None, False, p.span, capture=p.capture))


def callee(sym: Any) -> list[FuncInfo] | None:
    """`tiled_fn[a, b](x, y)` inside an instance: the parametric function tiled_fn is bound to."""
    if isinstance(sym, GlobalConst) and isinstance(sym.value, FuncInfo) and sym.value.template is not None:
        return [sym.value]
    return None


# ---------------------------------------------------------------- function types over generic structs
@dataclass(frozen=True)
class OpenFuncType(T.FuncType):
    """`fn(Matrix, Matrix, Matrix) -> None` with `Matrix[rows, cols]` left unparameterized (early 2024
    Matmul notebook): a compile-time parameter of this type takes a generic function (one whose
    arguments are `C: Matrix`, automatically parameterized); each call through it infers the
    instance from its arguments. Mojo 1.2 rejects such a type; the open arguments show as `Matrix`."""

    shown: tuple[str, ...] = ()

    def __str__(self) -> str:
        r = " raises" if self.raises else ""
        return f"def({', '.join(self.shown)}){r} -> {self.ret}"


def resolve_open(c: Any, e: A.FuncTypeExpr) -> T.Type | None:
    """The OpenFuncType of e when one of its argument types is a generic struct without parameters
    (in 2023 code); None otherwise."""
    from .symbols import TypeSym

    def is_open(p: Any) -> bool:
        sym = c._scope.lookup(p.id) if isinstance(p, A.Name) and getattr(c, "_scope", None) else None
        return isinstance(sym, TypeSym) and sym.ty is None and sym.template is not None
    if not c.dialect_2023 or getattr(e, "type_params", None) or not any(is_open(p) for p in e.params):
        return None
    params = tuple(T.UNKNOWN if is_open(p) else c.resolve_type(p) for p in e.params)
    shown = tuple(p.id if is_open(p) else str(t) for p, t in zip(e.params, params))
    c.warn("a function type over a struct without its parameters is the early Mojo spelling; Mojo 1.2 "
           "needs the parameters (or a generic parameter '[F: ...]')", e.span)
    return OpenFuncType(params, c.resolve_type(e.ret) if e.ret is not None else T.NONE, e.raises, shown)


def open_value(c: Any, tp: Any, arg: A.Expr) -> FuncInfo | None:
    """The function named by `arg` for a parameter of an OpenFuncType: a generic one (bound as its
    template, instantiated at each call) or an ordinary one with the right number of arguments."""
    sym = c._scope.lookup(arg.id) if isinstance(arg, A.Name) and getattr(c, "_scope", None) else None
    if isinstance(sym, GlobalConst) and isinstance(sym.value, FuncInfo):
        return sym.value
    funcs = sym.funcs if isinstance(sym, OverloadSet) else []
    fits = [f for f in funcs if len(f.template.decl.params if f.template else f.params) == len(tp.ty.params)]
    if len(fits) != 1:
        c.error(f"'{getattr(arg, 'id', '?')}' is not a function that fits '{tp.name}: {tp.ty}'", arg.span)
        return None
    f = fits[0]
    if f.template is not None and not f.llname:  # instances of the callee are keyed by it
        f.llname = f"{f.name}.param_fn{next(_ids)}"
    return f
