"""Typed raw pointers in the checker: `Pointer[T, origin]`, `UnsafePointer[T, origin]`, `alloc[T](n)`.

Both spellings are one type, `types.PointerType(T)`; origins (`MutAnyOrigin`, `_`, `mut=True`)
are accepted and not tracked. Subscripts are places (`p[]`, `p[i]`, `p[unsafe_offset=i]`: the IR's
`deref` projection with an optional offset); methods and operators are calls of Mojo functions in
`stdlib/memory.mojo` (`p.unsafe_write(v)` is `_ptr_unsafe_write(p, v)`, `p + n` is `_ptr_add(p, n)`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..frontend import ast as A
from . import types as T
from .symbols import OverloadSet

if TYPE_CHECKING:
    from .checker import Checker

OPAQUE_NAMES = ("OpaquePointer", "MutOpaquePointer", "ImmOpaquePointer")  # Pointer[NoneType, origin]
POINTER_NAMES = ("Pointer", "UnsafePointer", "MutPointer", "ImmPointer") + OPAQUE_NAMES


def resolve(c: Checker, e: A.Subscript) -> T.Type:
    """`UnsafePointer[Int, MutAnyOrigin]`, `Pointer[mut=False, T, _]`: the element type is the first
    positional parameter. `OpaquePointer[origin]` points to NoneType."""
    if isinstance(e.value, A.Name) and e.value.id in OPAQUE_NAMES:
        return T.PointerType(T.NONE)
    if not e.indices:
        c.error("a pointer type needs its element type, e.g. 'UnsafePointer[Int, MutAnyOrigin]'", e.span)
        return T.UNKNOWN
    return T.PointerType(c.resolve_type(e.indices[0]))


def subscript(c: Checker, e: A.Subscript, ty: T.PointerType) -> None:
    """`p[]`, `p[i]` (deprecated in 1.2 but accepted) and `p[unsafe_offset=i]`."""
    index = None
    if e.keywords:
        if len(e.keywords) != 1 or e.keywords[0].name != "unsafe_offset" or e.indices:
            c.error("index a pointer with 'p[]', 'p[i]' or 'p[unsafe_offset=i]'", e.span)
            e.ty = T.UNKNOWN
            return
        index = e.keywords[0].value
    elif len(e.indices) == 1:
        index = e.indices[0]
    elif e.indices:
        c.error("a pointer takes one offset: 'p[i]'", e.span)
        e.ty = T.UNKNOWN
        return
    if index is not None:
        idx = c.expr(index, T.INT)
        if not T.is_int(idx.ty) and idx.ty not in (T.INT_LIT, T.UNKNOWN):
            c.error(f"a pointer offset is an integer, not '{T.display(idx.ty, idx.const)}'", idx.span)
            e.ty = T.UNKNOWN
            return
        e.ptr_offset = c.coerce(idx, T.INT) if idx.ty != T.INT else idx  # type: ignore[attr-defined]
    e.ty = ty.elem


def _std(c: Checker, fname: str, args: list[A.Expr], span: Any, keywords: list[A.Keyword] | None = None,
         explicit: list[A.Expr] | None = None, explicit_kw: list[A.Keyword] | None = None,
         lparen: Any = None) -> A.Call:
    sym = c.globals.names.get(fname)
    assert isinstance(sym, OverloadSet), f"stdlib function {fname} missing"
    call = A.Call(span, A.Name(span, fname), args, keywords or [], lparen or span)
    call.func.sym = sym
    # Overloads that cannot take this many positional arguments are left out before their
    # parameters are inferred (`p.unsafe_store(v)` and `p.unsafe_store(i, v)`).
    funcs = [f for f in sym.funcs if _takes(f, len(args))] or sym.funcs
    c.call_overloads(call, funcs, None, span, explicit=explicit, explicit_kw=explicit_kw)
    return call


def _takes(f: Any, n: int) -> bool:
    params = f.template.decl.params if f.template is not None else f.decl.params if f.decl is not None else None
    if params is None:
        return True
    positional = [p for p in params if not p.kw_only]
    return sum(1 for p in positional if p.default is None) <= n <= len(positional)


def binop(c: Checker, e: A.BinOp) -> bool:
    """`p + n`, `p - n`, `p - q` on pointers; False when e is not pointer arithmetic."""
    lt, rt = e.left.ty, e.right.ty
    if not isinstance(lt, T.PointerType):
        return False
    span = e.op_span or e.span
    if e.op == "-" and isinstance(rt, T.PointerType):
        e.call = _std(c, "_ptr_diff", [e.left, e.right], span)
    elif e.op in ("+", "-") and (T.is_int(rt) or rt == T.INT_LIT):
        e.call = _std(c, "_ptr_add" if e.op == "+" else "_ptr_sub", [e.left, c.coerce(e.right, T.INT)], span)
    else:
        c.error(f"cannot use '{e.op}' on '{lt}' and '{rt}'", span)
        e.ty = T.UNKNOWN
        return True
    e.ty = e.call.ty
    return True


def method(c: Checker, e: A.Call, recv: A.Expr, name: str, explicit: list[A.Expr] | None = None,
           explicit_kw: list[A.Keyword] | None = None) -> A.Call | None:
    """`p.NAME[params](args)` as `_ptr_NAME[params](p, args)`; e's arguments are already checked.
    A call that fits no overload is Mojo's "no matching method" at the '.', with why as a note."""
    from ..diagnostics import Note
    from .support import _dot

    fname = "_ptr_" + name
    attr = e.func.value if isinstance(e.func, A.Subscript) else e.func
    where = _dot(attr.attr_span) if isinstance(attr, A.Attribute) else e.span
    if not isinstance(c.globals.names.get(fname), OverloadSet):
        c.error(f"'{recv.ty}' value has no attribute '{name}'", where)
        e.ty = T.UNKNOWN
        return None
    elem = recv.ty.elem if isinstance(recv.ty, T.PointerType) else T.UNKNOWN
    # 2023 code's `Pointer[T].load(i)`/`store(i, v)` take any element (utils.legacy2023.mojo).
    if name in SIMD_METHODS and not (T.is_numeric(elem) or elem == T.BOOL) \
            and not (name in ("load", "store") and c._in_2023_code()):
        c.error(f"no matching method in call to '{name}'", where,
                [Note(f"'{name}' loads and stores SIMD vectors: the pointer's elements must be numbers, "
                      f"not '{elem}'", e.span)])
        e.ty = T.UNKNOWN
        return None
    mark = len(c.diags)
    call = _std(c, fname, [recv] + list(e.args), e.span, e.keywords, explicit, explicit_kw, e.lparen)
    if any(d.severity == "error" for d in c.diags[mark:]):
        why = [Note(d.message.replace("'_ptr_", "'"), d.span) for d in c.diags[mark:] if d.severity == "error"]
        del c.diags[mark:]
        c.error(f"no matching method in call to '{name}'", where, why[:1])
        call.ty = T.UNKNOWN
    return call


SIMD_METHODS = {"load", "store", "unsafe_load", "unsafe_store", "strided_load", "strided_store",
                "unsafe_strided_load", "unsafe_strided_store", "gather", "scatter"}


# ---------------------------------------------------------------- Span (stdlib/memory.mojo)
def is_span(ty: T.Type) -> bool:
    return isinstance(ty, T.StructType) and ty.info.name.startswith("Span[") and \
        ty.info.decl is not None and ty.info.decl.span.file.startswith("<std>")


def is_span_template(sym: Any) -> bool:
    t = getattr(sym, "template", None)
    return t is not None and sym.name == "Span" and t.decl.span.file.startswith("<std>")


def resolve_span(c: Checker, e: A.Subscript, sym: Any) -> T.Type:
    """`Span[Int, _]`, `Span[mut=True, T, origin]`: the element type is the first positional parameter."""
    if not e.indices:
        c.error("'Span' needs its element type, e.g. 'Span[Int, _]'", e.span)
        return T.UNKNOWN
    elem = c.resolve_type(e.indices[0])
    return T.UNKNOWN if elem == T.UNKNOWN else c.instantiate_struct(sym, [elem], e.span)


def span_of(c: Checker, e: A.Call) -> A.Expr | None:
    """`Span(xs)` of a List variable: `_span_of(Pointer(to=xs))`, so that xs lives while the view does."""
    if len(e.args) != 1 or e.keywords:
        return None
    arg = c.expr(e.args[0])
    if not isinstance(arg.ty, T.ListType):
        return None
    if not isinstance(arg, (A.Name, A.Attribute, A.Subscript)):
        # Without origins the view cannot keep a temporary alive (Mojo can).
        c.error("Mojito needs the List of a Span in a variable: write 'var xs = ...' and then 'Span(xs)'",
                arg.span)
        e.ty = T.UNKNOWN
        return e
    to = A.Call(e.span, A.Name(e.span, "Pointer"), [], [A.Keyword(arg.span, "to", arg)], e.lparen)
    return _std(c, "_span_of", [c.expr(to)], e.span, lparen=e.lparen)


def list_slice_view(c: Checker, e: A.Expr, target: T.Type) -> A.Expr | None:
    """`xs[a:b]` (checked as `_list_slice_span(xs, a, b, loc, fd)`, a copy) passed where a Span is
    wanted: a view into xs itself, as Mojo's ContiguousSlice (the copy died before the callee read it)."""
    if not (isinstance(e, A.Call) and isinstance(e.func, A.Name) and e.func.id == "_list_slice_span"):
        return None
    base = e.args[0]
    if not isinstance(base, (A.Name, A.Attribute, A.Subscript)) or not isinstance(base.ty, T.ListType):
        return None
    if not (is_span(target) and target.info.name == f"Span[{base.ty.elem}]"):
        return None
    to = A.Call(e.span, A.Name(e.span, "Pointer"), [], [A.Keyword(base.span, "to", base)], e.span)
    return _std(c, "_list_slice_view", [c.expr(to), *e.args[1:]], e.span, lparen=e.span)


def smart_pointer_type(c: Checker, e: A.Call, sym: Any) -> T.Type | None:
    """`OwnedPointer(v)`, `ArcPointer(v)`: the element type comes from the argument."""
    import copy

    t = getattr(sym, "template", None)
    if t is None or sym.name not in ("OwnedPointer", "ArcPointer") or not t.decl.span.file.startswith("<std>") \
            or len(e.args) != 1 or e.keywords:
        return None
    probe = c.expr(copy.deepcopy(e.args[0]))
    if probe.ty == T.UNKNOWN:
        return None
    return c.instantiate_struct(sym, [T.materialize(probe.ty)], e.span)


def smart_deref(c: Checker, e: A.Subscript) -> A.Expr | None:
    """`o[]` of an OwnedPointer is `o._ptr[]`, of an ArcPointer `a._inner[].value`: places, so the
    heap value can be read, assigned and mutated in place (without references in results yet)."""
    ty = e.value.ty
    if not isinstance(ty, T.StructType) or e.indices or e.keywords or ty.info.decl is None \
            or not ty.info.decl.span.file.startswith("<std>"):
        return None
    sp = e.span
    if ty.info.name.startswith("OwnedPointer["):
        return c.expr(A.Subscript(sp, A.Attribute(sp, e.value, "_ptr", sp), [], []))
    if ty.info.name.startswith("ArcPointer["):
        inner = A.Subscript(sp, A.Attribute(sp, e.value, "_inner", sp), [], [])
        return c.expr(A.Attribute(sp, inner, "value", sp))
    return None


def span_subscript(c: Checker, e: A.Subscript) -> A.Expr | None:
    """`s[a:b]` of a Span: a Span of part of the same values."""
    from .builtin_strings import _is_slice, slice_bounds

    if not is_span(e.value.ty) or len(e.indices) != 1 or e.keywords or not _is_slice(e.indices[0]):
        return None
    v = e.value.span
    where = A.StrLit(v, f"{v.file}:{v.end_line}:{v.end_col}")  # Mojo reports a bad slice at its '['
    return _std(c, "_span_slice", [e.value, *slice_bounds(c, e.indices[0]), c.expr(where)], e.span)  # type: ignore[arg-type]


# ---------------------------------------------------------------- stack_allocation
STACK_ALLOCATION = ("stack_allocation", "unsafe_stack_allocation")


def stack_allocation(c: Checker, e: A.Call, f: A.Subscript) -> None:
    """`stack_allocation[count, T]()` or `[count, DType.x]()`: a Pointer to uninitialized storage in
    the calling function's frame (the IR's `stack_alloc`), valid until that function returns."""
    e.ty = T.UNKNOWN
    if len(f.indices) != 2 or e.args or e.keywords:
        c.error("stack_allocation takes a count and a type: 'stack_allocation[16, Float32]()'", e.span)
        return
    n = c.coerce(c.expr(f.indices[0], T.INT), T.INT)
    if not isinstance(n.const, int) or n.const < 0:
        c.error("the count of stack_allocation must be a non-negative integer known at compile time", n.span)
        return
    ix = f.indices[1]
    elem = None
    if isinstance(ix, A.Attribute) and isinstance(ix.value, A.Name) and ix.value.id == "DType":
        d = c.expr(ix)
        elem = d.const if d.ty == T.DTYPE else None
    else:
        elem = c.resolve_type(ix)
    if elem is None or elem == T.UNKNOWN:
        return
    e.target, e.bound_args, e.ty = ("stack_alloc", n.const), [], T.PointerType(elem)
