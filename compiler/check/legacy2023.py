"""The 2023 Mojo Playground's names, so that its notebooks run (issue 11).

Three tables: modules that were renamed or capitalised (`from Math import sqrt`), library names that
Mojo 1.2 dropped (`DTypePointer`, `F32`, `memset_zero`; defined in stdlib/utils.legacy2023.mojo),
and DType spellings (`DType.f32`). Each use is accepted with a warning naming the Mojo 1.2 spelling,
like the dialect's keywords (`fn`, `let`). A Mojo 1.2 program is unaffected: these names are only
looked up where 1.2 would report an unknown name or module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..diagnostics import Span

if TYPE_CHECKING:
    from .checker import Checker

LIBRARY = "std.utils.legacy2023"

# 2023 module -> the Mojo 1.2 module that holds its contents (None: the builtins, no import needed).
MODULES: dict[str, str | None] = {
    "DType": None, "IO": None, "String": None, "Bool": None, "Int": None, "SIMD": None, "Tuple": None,
    "Error": None, "Range": None, "Object": None, "Len": None, "Buffer": None, "List": None,
    "Math": "std.math", "Pointer": "std.memory", "Memory": "std.memory", "memory.unsafe": "std.memory",
    "Functional": "std.algorithm", "algorithm.functional": "std.algorithm", "Benchmark": "std.benchmark",
    "Random": "std.random", "Time": "std.time", "TargetInfo": "std.sys", "sys.info": "std.sys",
    "sys.intrinsics": "std.sys", "Intrinsics": "std.sys", "Vector": "std.utils.vector",
    "Complex": "std.complex", "Testing": "std.testing", "Assert": "std.testing",
    "python.object": "std.python", "python.python": "std.python", "Python": "std.python",
    "math.limit": "std.utils.numerics", "math.math": "std.math", "math.bit": "std.bit",
    "runtime.llcl": "std.sys", "tensor": None, "utils.index": None,
    "utils.list": None, "memory.unsafe_pointer": "std.memory",  # VariadicList; UnsafePointer (2024)
    "autotune": None,  # autotune/search/@adaptive: rewritten by frontend/autotune2023.py
}

# 2023 library name -> its Mojo 1.2 spelling (for the warning); the definition is in LIBRARY.
NAMES: dict[str, str] = {
    "F16": "Float16", "F32": "Float32", "F64": "Float64", "SI8": "Int8", "SI16": "Int16", "SI32": "Int32",
    "SI64": "Int64", "UI8": "UInt8", "UI16": "UInt16", "UI32": "UInt32", "UI64": "UInt64",
    "DTypePointer": "UnsafePointer[Scalar[dtype]]", "memset_zero": "unsafe_memset_zero",
    "memset": "unsafe_memset", "memcpy": "unsafe_memcpy", "rand": "rand(UnsafePointer, size)",
    "simdwidthof": "simd_width_of", "sizeof": "size_of", "alignof": "align_of", "object": "PythonObject",
    "Benchmark": "benchmark.run(f)", "neginf": "neg_inf", "div_ceil": "ceildiv", "num_cores": "num_physical_cores",
    "Tensor": "LayoutTensor (std has no Tensor), or List/UnsafePointer", "Index": "IndexList",
    "Static2DTileUnitFunc": "def[tile_x: Int, tile_y: Int](Int, Int) capturing -> None",
    "now": "perf_counter_ns", "StringRef": "StringSlice",
    "VariadicList": "a variadic argument list ('*args: T') or a List",
    "AnyRegType": "ImplicitlyCopyable & Movable",
}

# 2023 modules that Mojo 1.2 no longer has; their names are in LIBRARY.
GONE = {"tensor", "utils.index", "autotune"}

# `DType.f32` and friends.
DTYPES: dict[str, str] = {
    "f16": "float16", "f32": "float32", "f64": "float64", "bf16": "bfloat16", "si8": "int8", "si16": "int16",
    "si32": "int32", "si64": "int64", "ui8": "uint8", "ui16": "uint16", "ui32": "uint32", "ui64": "uint64",
}


def module(c: Checker, name: str, span: Span) -> str | None:
    """The 1.2 module for a 2023 module name ("" for the builtins), warning; None if not one."""
    if name not in MODULES:
        return None
    new = MODULES[name]
    c.warn(f"module '{name}' is the 2023 Mojo spelling; Mojo 1.2 "
           + ("has no such module" if name in GONE else f"writes '{new}'" if new
              else "has these names built in (no import needed)"), span)
    return new or ""


# 2023 names of the compile-time type queries (checker builtins in 1.2).
QUERIES = {"simdwidthof": "simd_width_of", "sizeof": "size_of", "alignof": "align_of"}


def symbols(members: dict[str, Any]) -> dict[str, Any]:
    """What the 2023 names resolve to: the library's definitions and the renamed type queries."""
    from .symbols import Builtin

    out = {n: members[n] for n in NAMES if n in members}
    out.update({old: Builtin(new) for old, new in QUERIES.items()})
    return out


def library_name(c: Checker, name: str, span: Span) -> Any:
    """The symbol of a 2023 library name (with a warning), or None."""
    if name not in NAMES:
        return None
    legacy = c.globals.parent
    sym = legacy.names.get(name) if legacy is not None else None
    ctx = getattr(c, "_ctx", None)
    if sym is not None and (ctx is None or not c.is_stdlib_func(ctx.func)):  # the library's own uses: silent
        c.warn(f"'{name}' is the 2023 Mojo spelling; Mojo 1.2 uses '{NAMES[name]}'", span)
    return sym


def dtype(c: Checker, attr: str, span: Span) -> str | None:
    """The 1.2 name of a 2023 DType member (`f32` -> `float32`), warning; None if not one."""
    new = DTYPES.get(attr)
    if new is not None:
        c.warn(f"'DType.{attr}' is the 2023 Mojo spelling; Mojo 1.2 writes 'DType.{new}'", span)
    return new


def pointer_static(c: Checker, e: Any, pointer_type: Any, name: str) -> Any:
    """`Pointer[T].alloc(n)`, `Pointer[T].address_of(x)`, `Pointer[T].get_null()` (2023), as
    `alloc[T](n)`, `Pointer(to=x)` and a null pointer; None if e is not one of them."""
    from ..frontend import ast as A

    f = e.func
    if name not in ("alloc", "address_of", "get_null") or not isinstance(f.value, A.Subscript):
        return None
    spelling = {"alloc": "alloc[T](n)", "address_of": "Pointer(to=x)", "get_null": "Pointer[T]()"}[name]
    c.warn(f"'Pointer[T].{name}' is the 2023 Mojo spelling; Mojo 1.2 writes '{spelling}'", f.attr_span)
    if name == "alloc":
        callee = A.Subscript(f.span, A.Name(f.span, "alloc"), list(f.value.indices[:1]), [])
        return c.expr(A.Call(e.span, callee, e.args, e.keywords, e.lparen))
    if name == "address_of":
        return c.expr(A.Call(e.span, A.Name(f.span, "Pointer"), [], [A.Keyword(e.span, "to", e.args[0])], e.lparen))
    return c.expr(A.Call(e.span, f.value, [], [], e.lparen))


def object_type(c: Checker) -> Any:
    """The type of 2023's dynamic `object` (untyped `def` arguments): PythonObject here, which
    computes, compares and prints as `object` did; None before std.python is declared."""
    legacy = c.globals.parent
    from . import types as T

    sym = legacy.names.get("object") if legacy is not None else None
    ty = getattr(sym, "ty", None)
    return ty.of if isinstance(ty, T.MetaType) else ty


def returns_value(d: Any) -> bool:
    """Whether a function body has a `return <value>` (outside nested functions)."""
    from ..frontend import ast as A

    stack = list(d.body)
    while stack:
        node = stack.pop()
        if isinstance(node, A.Return) and node.value is not None:
            return True
        if isinstance(node, (A.FuncDef, A.StructDef)):
            continue
        for v in vars(node).values():
            items = v if isinstance(v, list) else [v]
            stack.extend(x for x in items if isinstance(x, A.Stmt))
    return False


def as_declaration(s: Any) -> None:
    """Turn `name = value` (an Assign) into `var name = value` in place (2023 implicit declaration)."""
    from ..frontend import ast as A

    target = s.target
    s.__class__ = A.VarDecl
    s.names, s.name_spans, s.type, s.is_ref, s.syms = [target.id], [target.span], None, False, []


def benchmark_run(c: Checker, e: Any, f: Any) -> Any:
    """`Benchmark().run[test_fn]()` (2023: the mean time of a call in ns, an Int) and
    `benchmark.run[test_fn](...)` (late 2023: a Report; Mojo 1.2 takes the function as an argument).
    test_fn is usually a closure over the caller's variables, so the timing loop is built in place
    (ir/calls.py bench_loop). None if e is neither."""
    from ..frontend import ast as A
    from . import types as T
    from .algorithm import captured
    from .builtin_support import _std_call
    from .symbols import ModuleSym, OverloadSet

    recv = f.value.value
    rsym = c._scope.lookup(recv.id) if isinstance(recv, A.Name) else None
    as_report = isinstance(rsym, ModuleSym) and rsym.name == "std.benchmark"
    if not as_report:
        if isinstance(rsym, ModuleSym):
            return None
        recv = f.value.value = c.expr(recv)
        info = getattr(recv.ty, "info", None)
        if info is None or info.name != "Benchmark" or not info.decl.span.file.startswith("<std>"):
            return None
    body = f.indices[0]
    sym = c._scope.lookup(body.id) if isinstance(body, A.Name) else None
    fn = next((x for x in sym.funcs if x.template is None), None) if isinstance(sym, OverloadSet) else None
    if isinstance(body, A.Subscript) and isinstance(body.value, A.Name):
        fn = _instance(c, body)  # `benchmark.run[bench[simd_width]]()`: an instance of a parametric closure
    if fn is None or [p for p in fn.params if p.capture is None] or fn.ret != T.NONE:
        c.error("run[...] times a function that takes no arguments and returns nothing", body.span)
        return None
    for k in e.keywords:  # max_runtime_secs=, num_warmup=, ...: the time budget is our own
        c.expr(k.value)
    c.warn("'run[f]()' with the function as a parameter is the 2023 Mojo spelling; Mojo 1.2 writes "
           "'benchmark.run(f)'", f.span)
    c.require(fn)
    captures = captured(fn, e.lparen or e.span, c)
    timed = A.Call(e.span, A.Name(e.span, "run"), [], [], e.lparen)
    timed.target, timed.bound_args, timed.ty = ("bench_loop", fn, captures), [], T.INT
    return _std_call(c, e.span, "_legacy_report", [timed]) if as_report else timed


def _instance(c: Checker, e: Any) -> Any:
    """The function `f[p, ...]` names, for a parametric function (or closure) f; None if not one."""
    from .symbols import OverloadSet

    sym = c._scope.lookup(e.value.id)
    tmpl = next((x for x in sym.funcs if x.template is not None), None) if isinstance(sym, OverloadSet) else None
    if tmpl is None or len(e.indices) != len(tmpl.template.params) or e.keywords:
        return None
    values = [c._param_value(tp, a) for tp, a in zip(tmpl.template.params, e.indices)]
    return None if any(v is None for v in values) else c.instantiate_function(tmpl, values, e.span)


def python_cell_global(c: Checker, e: Any) -> Any:
    """A name that a notebook's `%%python` cell defined, used in a 2023 Mojo cell (the Playground's
    Mojo cells saw the Python cells' globals): read from `__main__` at run time, a PythonObject."""
    from ..frontend import ast as A
    from .builtin_support import _std_call

    c.warn(f"'{e.id}' is a global of a %%python cell: the 2023 Playground's Mojo cells used those directly; "
           f"Mojo 1.2 writes 'Python.import_module(\"__main__\").{e.id}'", e.span)
    return _std_call(c, e.span, "_python_cell_global", [c.expr(A.StrLit(e.span, e.id))])
