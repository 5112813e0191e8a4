"""The generic pointer intrinsics of stdlib/memory.mojo (`__ptr_alloc[T]`, `__ptr_init[T]`, ...).

Each instance is called with concrete types: the element type comes from the pointer parameter
(`attrs["params"][0]`) or from the result type. Sizes are the element's LLVM ABI size, so
`alloc[T](n)` and `p + i` agree with how Lists and structs lay out their values.
"""

from __future__ import annotations

from typing import Any

from llvmlite import ir

from ..check import types as T
from ..ir import nodes as N
from .runtime import I64, PTR, unit


POINTER_INTRINSICS = frozenset({
    "__ptr_alloc", "__ptr_free", "__ptr_offset", "__ptr_addr", "__ptr_raw", "__ptr_cast", "__ptr_size_of",
    "__ptr_init", "__ptr_move_in", "__ptr_take", "__ptr_destroy", "__ptr_load", "__ptr_store", "__ptr_memset", "__ptr_memmove",
    "__ptr_from_address", "__list_data", "__list_capacity", "__list_reserve", "__ptr_escape", "__memory_barrier",
    "__type_trivially", "__forget"})


def trivially(ty: T.Type, what: str) -> bool:
    """Whether copying ("copy"), moving ("move") or destroying ("del") a ty is just its bits."""
    ty = T.materialize(ty)
    if isinstance(ty, T.StructType):
        if N.lifecycle(ty.info, what) is not None:
            return False
        return all(trivially(f, what) for _, f in ty.info.fields.values())
    if isinstance(ty, (T.OptionalType,)):
        return trivially(ty.elem, what)
    if isinstance(ty, T.TupleType):
        return all(trivially(e, what) for e in ty.elems)
    if ty in (T.STRING, T.ERROR) or isinstance(ty, T.ListType):
        return what == "move"  # a reference count or an owned buffer: moved by its bits
    return True


def _elem(i: N.Assign, k: int = 0) -> T.Type:
    t = i.attrs["params"][k]
    assert isinstance(t, T.PointerType), t
    return t.elem


def _size(f: Any, ty: T.Type) -> int:
    llty = f.m.lltype(ty)
    return max(1, f.m.sizeof(llty)) if not (isinstance(llty, ir.LiteralStructType) and not llty.elements) else 1


def pointer_intrinsic(f: Any, i: N.Assign, v: list[ir.Value]) -> ir.Value:
    b, m = f.b, f.m
    name = i.attrs["name"]
    if name == "__ptr_alloc":
        elem = i.dest.ty.elem
        n = b.mul(v[0], ir.Constant(I64, _size(f, elem)))
        return f.malloc(n)
    if name == "__ptr_free":
        f.free(v[0])
        return unit()
    if name == "__ptr_offset":
        return b.gep(v[0], [v[1]], source_etype=m.lltype(_elem(i)))
    if name == "__ptr_addr":
        return b.ptrtoint(v[0], I64)
    if name == "__ptr_escape":  # std.benchmark.keep: an empty asm that may read anything behind p
        asm = ir.InlineAsm(ir.FunctionType(ir.VoidType(), [PTR]), "", "r,~{memory}", side_effect=True)
        b.call(asm, [v[0]])
        return unit()
    if name == "__memory_barrier":  # std.benchmark.clobber_memory
        b.call(ir.InlineAsm(ir.FunctionType(ir.VoidType(), []), "", "~{memory}", side_effect=True), [])
        return unit()
    if name == "__type_trivially":  # std.memory.is_trivially_copyable/movable/deletable
        what = i.args[1]
        assert isinstance(what, N.Const), "the question is a literal"
        return ir.Constant(ir.IntType(1), int(trivially(_elem(i), what.value)))
    if name == "__forget":  # forget_deinit: the value was moved in and is not destroyed
        return unit()
    if name == "__list_data":  # the buffer of a List's elements
        return f.list_data(v[0])
    if name == "__list_capacity":  # List.capacity()
        return b.load(f.list_cap_ptr(v[0]), typ=I64)
    if name == "__list_reserve":  # List.reserve(n): room for n elements (never shrinks)
        lt = i.attrs["params"][0]
        assert isinstance(lt, T.ListType), lt
        f.list_reserve(v[0], v[1], lt.elem, exact=True)
        return unit()
    if name == "__ptr_from_address":  # a foreign buffer (std.python: a numpy array's data)
        return b.inttoptr(v[0], f.m.lltype(i.dest.ty))
    if name in ("__ptr_raw", "__ptr_cast"):
        return v[0]
    if name == "__ptr_size_of":
        return ir.Constant(I64, _size(f, _elem(i)))
    if name == "__ptr_init":  # the value was moved in (a `var` argument): its bits go to memory
        b.store(v[1], v[0])
        return unit()
    if name == "__ptr_move_in":  # a move out of a variable into memory runs the move constructor
        b.store(f.move_value(v[1], _elem(i)), v[0])
        return unit()
    if name == "__ptr_take":  # and so does a move out of memory
        elem = _elem(i)
        return f.move_value(b.load(v[0], typ=m.lltype(elem)), elem)
    if name == "__ptr_destroy":
        elem = _elem(i)
        if not N.trivial(elem):
            f.destroy_value(b.load(v[0], typ=m.lltype(elem)), elem)
        return unit()
    if name == "__ptr_load":
        st = i.dest.ty
        llty = m.lltype(st)
        elem = st.elem if isinstance(st, T.SimdType) else st
        ld = b.load(v[0], typ=llty)
        ld.align = _size(f, elem)  # element-aligned, as Mojo's default load
        return ld
    if name == "__ptr_store":
        vt = i.attrs["params"][1]
        elem = vt.elem if isinstance(vt, T.SimdType) else vt
        st = b.store(v[1], v[0])
        st.align = _size(f, elem)
        return unit()
    if name == "__ptr_memset":
        b.call(m.libc("memset", PTR, [PTR, ir.IntType(32), I64]), [v[0], b.zext(v[1], ir.IntType(32)), v[2]])
        return unit()
    if name == "__ptr_memmove":
        b.call(m.libc("memmove", PTR, [PTR, PTR, I64]), v)
        return unit()
    raise NotImplementedError(name)

