"""std.algorithm's higher-order functions that take closures: `vectorize` (Mojo 1.2), and
`parallelize`/`sync_parallelize` (the 2023 Playground's; not in Mojo 1.2).

`vectorize[simd_width](size, body)` calls `body[simd_width](i)` for i = 0, w, 2w, ... while a whole
vector fits, then `body[1](i)` for each remaining element, as Mojo 1.2 does (with a static size,
`vectorize[w, size=n](body)`, a remainder that is a power of two is one call of that width). `body` is a
parametric function (`def body[width: Int](i: Int) {imm}:`, usually a closure); its two instances
are made here and the loop is built by the IR builder (ir/calls.py, call kind "vectorize"), where
the closure's captured variables are in scope to pass along.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..frontend import ast as A
from . import types as T
from .symbols import FuncInfo, OverloadSet

if TYPE_CHECKING:
    from .checker import Checker

HIGHER_ORDER = ("vectorize", "parallelize", "sync_parallelize", "map", "vectorize_unroll")


def _const_int(c: Checker, x: A.Expr, what: str) -> int | None:
    v = c.expr(x, T.INT)
    if not isinstance(v.const, int) or isinstance(v.const, bool):
        c.error(f"{what} must be an integer known at compile time", x.span)
        return None
    return v.const


def _from_2023(c: Checker, e: A.Call, f: A.Subscript) -> None:
    """`vectorize[nelts, body](n)` and `vectorize[body, nelts](n)` (the 2023/2024 forms, the function
    among the parameters) become `vectorize[nelts](n, body)`, with a warning."""
    static = any(k.name == "size" for k in f.keywords)  # `vectorize[body, nelts, size=n]()` (2024)
    if len(f.indices) != 2 or len(e.args) != (0 if static else 1) or \
            any(k.name not in ("size", "unroll_factor") for k in f.keywords):
        return
    is_fn = [isinstance(x, A.Name) and isinstance(c._scope.lookup(x.id), OverloadSet) for x in f.indices]
    if is_fn.count(True) != 1:
        return
    body = f.indices[is_fn.index(True)]
    width = f.indices[is_fn.index(False)]
    if static:
        c.warn(f"'vectorize[{body.id}, width, size=n]()' is the 2024 Mojo spelling; Mojo 1.2 writes "
               f"'vectorize[width, size=n]({body.id})'", f.span)
    else:
        c.warn(f"'vectorize[..., {body.id}](n)' is the 2023 Mojo spelling; Mojo 1.2 writes "
               f"'vectorize[width](n, {body.id})'", f.span)
    f.indices = [width]
    e.args = [body] if static else [e.args[0], body]


def vectorize(c: Checker, e: A.Call, f: A.Subscript) -> None:
    e.ty = T.NONE
    _from_2023(c, e, f)
    width = _const_int(c, f.indices[0], "vectorize's SIMD width") if len(f.indices) == 1 else None
    if len(f.indices) != 1:
        c.error("vectorize takes the SIMD width as its parameter: 'vectorize[4](size, body)'", f.span)
    static_size = None
    for k in f.keywords:
        if k.name == "size":
            static_size = k.value
        elif k.name == "unroll_factor":
            _const_int(c, k.value, "unroll_factor")  # unrolling changes no result; LLVM unrolls anyway
        else:
            c.error(f"vectorize has no parameter '{k.name}'", k.span)
    args = list(e.args)
    if e.keywords:
        c.error("vectorize takes its arguments by position: 'vectorize[4](size, body)'", e.keywords[0].span)
    if len(args) != (1 if static_size is not None else 2):
        c.error("vectorize takes the size and the function: 'vectorize[4](size, body)'", e.lparen or e.span)
        return
    size = c.coerce(c.expr(static_size if static_size is not None else args[0], T.INT), T.INT)
    body = args[-1]
    tmpl = _template_of(c, body)
    if width is None or tmpl is None:
        return
    if width < 1:
        c.error("vectorize's SIMD width must be positive", f.indices[0].span)
        return
    # With a static size, a remainder that is a power of two is one call of that width (Mojo 1.2).
    rem = size.const % width if isinstance(size.const, int) and static_size is not None else 0
    tail_width = rem if rem > 1 and rem & (rem - 1) == 0 else None
    insts = []
    for w in [width, 1] + ([tail_width] if tail_width else []):
        inst = c.instantiate_function(tmpl, [w], e.span)
        if inst is None:
            return
        params = [p for p in inst.params if p.capture is None]
        if len(params) != 1 or params[0].ty != T.INT or inst.ret != T.NONE:
            c.error(f"vectorize calls '{tmpl.name}[width](i)': it must take one Int and return nothing",
                    body.span)
            return
        if inst.raises and c._ctx is not None and not c._ctx.can_raise:
            c.error("cannot call function that may raise in a context that cannot raise", e.lparen or e.span)
        insts.append(inst)
    captures = [capture_arg(c, p, e.lparen or e.span) for p in insts[0].params if p.capture is not None]
    e.target = ("vectorize", width, insts[0], insts[1], captures, insts[2] if tail_width else None)
    e.bound_args = [size]


def captured(fn: FuncInfo, span: Any, c: Any = None) -> list[tuple[str, A.Name]]:
    """A closure's captured variables, as (convention, name) to pass along at each call."""
    return [(p.convention, capture_arg(c, p, span)) for p in fn.params if p.capture is not None]


def capture_arg(c: Any, p: Any, span: Any) -> A.Name:
    """The argument for a closure's captured variable p: the variable, or inside a function that
    received it as a hidden parameter of its own (a closure calling a sibling closure, an instance
    given a closure), that parameter (`FuncContext.capture_map`)."""
    sym = p.capture
    cmap = getattr(getattr(c, "_ctx", None), "capture_map", None)
    if cmap:
        sym = cmap.get(sym, sym)
    n = A.Name(span, sym.name)
    n.sym, n.ty = sym, sym.ty
    return n


def _template_of(c: Checker, body: A.Expr) -> FuncInfo | None:
    if isinstance(body, A.Name):
        sym = c._scope.lookup(body.id)
        if isinstance(sym, OverloadSet):
            body.sym = sym
            body.ty = T.NONE
            for fn in sym.funcs:
                if fn.template is not None and len(fn.template.params) == 1 and not fn.template.params[0].is_type:
                    return fn
    from ..diagnostics import Note

    c.error("no matching function in call to 'vectorize'", body.span,
            [Note("vectorize needs a function with a width parameter, e.g. 'def body[width: Int](i: Int):'",
                  body.span)])
    return None


def parallelize(c: Checker, e: A.Call, f: A.Subscript, name: str) -> None:
    """`parallelize[work](n)`, `parallelize[work](n, num_workers)`, `sync_parallelize[work](n)`: work(i)
    for each i in 0..n-1, on threads (codegen/parallel.py). Not in Mojo 1.2's standard library; the
    2023 Playground's API. `work` takes an Int and returns nothing; it may capture variables."""
    e.ty = T.NONE
    if len(f.indices) != 1 or f.keywords or e.keywords or not 1 <= len(e.args) <= (1 if name == "sync_parallelize" else 2):
        c.error(f"{name} takes the function as its parameter and the number of work items: "
                f"'{name}[work](n)'" + ("" if name == "sync_parallelize" else " or '(n, num_workers)'"), e.span)
        return
    args = [c.coerce(c.expr(a, T.INT), T.INT) for a in e.args]
    body = f.indices[0]
    fn = None
    if isinstance(body, A.Name):
        sym = c._scope.lookup(body.id)
        if isinstance(sym, OverloadSet):
            fn = next((x for x in sym.funcs if x.template is None), None)
    if fn is None:
        c.error(f"{name} needs a function 'def work(i: Int):' (a closure may capture variables)", body.span)
        return
    params = [p for p in fn.params if p.capture is None]
    if len(params) != 1 or not T.is_int(params[0].ty) or fn.ret != T.NONE or fn.raises:
        c.error(f"{name} calls '{fn.name}(i)' on many threads: it must take one Int, return nothing "
                "and not raise", body.span)
        return
    captures = []
    for p in fn.params:
        if p.capture is None:
            continue
        if p.convention == "var" and not _trivial(p.ty):
            c.error(f"'{fn.name}' captures '{p.name}' by value ('var'), which every thread would own; "
                    "capture it by reference instead", body.span)
            return
        captures.append((p.convention, capture_arg(c, p, e.lparen or e.span)))
    c.require(fn)
    e.target = ("parallel_for", fn, captures)
    e.bound_args = args


def map_call(c: Checker, e: A.Call) -> None:
    """`map(size, func)`: func(i) for i in 0..size-1, in order (Mojo 1.2's std.algorithm.map); func
    may be a closure. Built as vectorize's loop of width 1 (ir/calls.py)."""
    e.ty = T.NONE
    if len(e.args) != 2 or e.keywords:
        c.error("map takes the number of items and a function: 'map(size, func)'", e.lparen or e.span)
        return
    size = c.coerce(c.expr(e.args[0], T.INT), T.INT)
    body = e.args[1]
    fn = None
    if isinstance(body, A.Name):
        sym = c._scope.lookup(body.id)
        if isinstance(sym, OverloadSet):
            body.sym, body.ty = sym, T.NONE
            fn = next((x for x in sym.funcs if x.template is None), None)
    if fn is None:
        c.error("map needs a function 'def func(i: Int):' (a closure may capture variables)", body.span)
        return
    params = [p for p in fn.params if p.capture is None]
    if len(params) != 1 or not T.is_int(params[0].ty) or fn.ret != T.NONE:
        c.error(f"map calls '{fn.name}(i)': it must take one Int and return nothing", body.span)
        return
    if fn.raises and c._ctx is not None and not c._ctx.can_raise:
        c.error("cannot call function that may raise in a context that cannot raise", e.lparen or e.span)
    c.require(fn)
    captures = [capture_arg(c, p, e.lparen or e.span) for p in fn.params if p.capture is not None]
    e.target = ("vectorize", 1, fn, fn, captures, None)
    e.bound_args = [size]


def _trivial(ty: T.Type) -> bool:
    from ..ir.nodes import trivial

    return trivial(ty)


def vectorize_unroll(c: Checker, e: A.Call, f: A.Subscript) -> None:
    """`vectorize_unroll[width, unroll_factor, body](n)` (2023) is 1.2's
    `vectorize[width, unroll_factor=u](n, body)`; unrolling changes no result."""
    if len(f.indices) != 3 or len(e.args) != 1 or f.keywords or e.keywords or not isinstance(f.indices[2], A.Name):
        e.ty = T.NONE
        c.error("vectorize_unroll takes '[width, unroll_factor, body](size)'", f.span)
        return
    width, unroll, body = f.indices
    c.warn(f"'vectorize_unroll[width, unroll, {body.id}](n)' is the 2023 Mojo spelling; Mojo 1.2 writes "
           f"'vectorize[width, unroll_factor=unroll](n, {body.id})'", f.span)
    _const_int(c, unroll, "vectorize_unroll's unroll factor")
    f.indices = [width]
    e.args = [e.args[0], body]
    vectorize(c, e, f)


def check_call(c: Checker, e: A.Call, f: A.Subscript, name: str) -> Any:
    if name == "vectorize":
        return vectorize(c, e, f)
    if name == "vectorize_unroll":
        return vectorize_unroll(c, e, f)
    return parallelize(c, e, f, name)
