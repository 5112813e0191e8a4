"""What every piece of generated code builds on: an `Emitter` (one LLVM function being filled) with
the runtime's data structures and the per-type lifecycle glue.

Value representations:
  Int, IntN, UIntN -> iN         Bool -> i1             Float16/32/64 -> half/float/double
  String, Error    -> {ptr data, i64 len, ptr owner}: `owner` is null for static bytes (literals,
                      argv), else the heap block `[i64 refcount][i64 capacity][bytes]` the data lives
                      in. Copies share the bytes and count references; a shared string is never
                      changed in place (`s += t` appends in place only to a string's sole owner).
  List[T]          -> ptr to a heap header {ptr data, i64 len, i64 cap}; the list owns its elements
  Optional[T]      -> {i1, T}    Tuple[...] / structs -> literal LLVM structs
Glue (`destroy_value`, `copy_value`, `move_value`) is generated once per type and module: strings
count references, lists destroy or copy their elements, structs call their `__deinit__` / copy /
move constructors or work field by field.
"""

from __future__ import annotations

import os

from typing import Any

from llvmlite import ir

from ..check import types as T
from ..ir import nodes as N

I1, I8, I32, I64 = ir.IntType(1), ir.IntType(8), ir.IntType(32), ir.IntType(64)
F32, F64 = ir.FloatType(), ir.DoubleType()
PTR = ir.PointerType()
STR = ir.LiteralStructType([PTR, I64, PTR])
LIST_HDR = ir.LiteralStructType([PTR, I64, I64])
VOID = ir.VoidType()
UNIT = ir.LiteralStructType([])
HEADER = 16  # bytes before a heap string's data: its reference count, then its capacity


class FnPointer:
    """A loaded function pointer that llvmlite's `call` accepts (it needs `.function_type`)."""

    def __init__(self, value: ir.Value, fnty: ir.FunctionType):
        self.value = value
        self.function_type = fnty
        self.type = value.type

    def get_reference(self) -> str:
        return self.value.get_reference()

    def __str__(self) -> str:
        return str(self.value)


def unit() -> ir.Constant:
    return ir.Constant(UNIT, None)


def _holds_vector(t: ir.Type) -> bool:
    if isinstance(t, ir.VectorType):
        return True
    if isinstance(t, (ir.LiteralStructType, ir.IdentifiedStructType)):
        return any(_holds_vector(e) for e in t.elements)
    return isinstance(t, ir.ArrayType) and _holds_vector(t.element)


class Builder(ir.IRBuilder):
    """Loads and stores of SIMD vectors (and of structs holding them) assume 8-byte alignment, not
    the vector's own 32 or 64 bytes: heap memory from malloc/realloc (List buffers, raw pointers) is
    only 16-byte aligned, and an aligned vector move there faults. Unaligned vector moves cost the
    same on current CPUs."""

    def load(self, ptr: Any, name: str = "", align: int | None = None, typ: Any = None) -> Any:
        if align is None and typ is not None and _holds_vector(typ):
            align = 8
        return super().load(ptr, name, align, typ)

    def store(self, value: Any, ptr: Any, align: int | None = None) -> Any:
        if align is None and _holds_vector(value.type):
            align = 8
        return super().store(value, ptr, align)


class Emitter:
    """Emits into one LLVM function: helpers that need no IR (lists, strings, loops, glue)."""

    def __init__(self, m: Any, fn: ir.Function) -> None:
        self.m = m
        self.fn = fn
        self.entry = fn.append_basic_block("entry")
        self.b = Builder(self.entry)
        self.fm = ("contract",) if m.contract else ()

    # ------------------------------------------------------------ basics
    def alloca(self, llty: ir.Type, name: str = "") -> ir.Value:
        with self.b.goto_block(self.entry):
            if self.entry.instructions:
                self.b.position_before(self.entry.instructions[0])
            slot = self.b.alloca(llty, name=name)
            slot.type = PTR  # opaque pointers everywhere: llvmlite would otherwise type-check stores
            return slot

    def new_block(self, name: str) -> ir.Block:
        return self.fn.append_basic_block(name)

    def spill(self, value: ir.Value) -> ir.Value:
        slot = self.alloca(value.type)
        self.b.store(value, slot)
        return slot

    def call_std(self, name: str, args: list[ir.Value]) -> ir.Value:
        return self.b.call(self.m.function(self.m.std(name)), args)

    def loc_string(self, span: Any) -> ir.Value:
        # Mojo names the source by its absolute path in run-time assertion messages.
        path = span.file if span.file.startswith("<") or self.m.session else os.path.abspath(span.file)
        return self.m.str_const(f"{path}:{span.line}:{span.col}")

    def call_direct(self, f: Any, values: list[ir.Value]) -> ir.Value:
        """Call a function that does not raise, through its notebook slot when it has one."""
        fn = self.m.function(f)
        if f.slot is not None and self.m.session and f is not getattr(self, "info", None):
            fn = FnPointer(self.b.load(self.m.slot(f), typ=PTR), fn.function_type)
        return self.b.call(fn, values)

    def memmove(self, dst: ir.Value, src: ir.Value, n: ir.Value) -> None:
        self.b.call(self.m.libc("memmove", PTR, [PTR, PTR, I64]), [dst, src, n])

    def setjmp_guard(self) -> tuple[ir.Value, ir.Value, ir.Value, ir.Value]:
        """Make a failed bounds check or an interrupt (which longjmp to mojito_jmpbuf) return here.
        Returns (status: 0 on the first return, the exit code after a jump; the previous jmpbuf;
        the jmpbuf global, to restore the previous guard on every way out; the buffer, whose bytes
        from 256 on are free for state that must survive the jump)."""
        b, m = self.b, self.m
        jmp_global = m.runtime_global("mojito_jmpbuf", PTR)
        prev = b.load(jmp_global, typ=PTR)
        buf = self.alloca(ir.ArrayType(I8, 512))  # larger than glibc's jmp_buf
        buf.align = 16
        b.store(buf, jmp_global)
        setjmp = m.mod.globals.get("_setjmp") or ir.Function(m.mod, ir.FunctionType(I32, [PTR]), name="_setjmp")
        setjmp.attributes.add("returns_twice")
        return b.call(setjmp, [buf]), prev, jmp_global, buf

    def emit_exit(self, code: ir.Value) -> None:
        """End the program, or, inside a notebook cell, jump back to the cell's entry."""
        b, m = self.b, self.m
        jmp = b.load(m.runtime_global("mojito_jmpbuf", PTR), typ=PTR)
        has = b.icmp_unsigned("!=", b.ptrtoint(jmp, I64), ir.Constant(I64, 0))
        with b.if_else(has) as (then, otherwise):
            with then:
                b.call(m.libc("longjmp", VOID, [PTR, I32]), [jmp, b.trunc(code, I32)])
            with otherwise:
                b.call(m.libc("exit", VOID, [I32]), [b.trunc(code, I32)])

    # ------------------------------------------------------------ memory (counted with MOJITO_ALLOC_STATS)
    # libc's own functions unless counting: LLVM knows what malloc returns (fresh memory that
    # nothing else points to) and keeps list elements in registers because of it.
    def _alloc_fn(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Function:
        if self.m.count_allocs:
            return self.m.runtime_fn("mojito_" + name, ret, args)
        return self.m.libc(name, ret, args)

    def malloc(self, n: ir.Value) -> ir.Value:
        return self.checked(self.b.call(self._alloc_fn("malloc", PTR, [I64]), [n]), n)

    def realloc(self, p: ir.Value, n: ir.Value) -> ir.Value:
        return self.checked(self.b.call(self._alloc_fn("realloc", PTR, [PTR, I64]), [p, n]), n)

    def checked(self, p: ir.Value, n: ir.Value) -> ir.Value:
        """Stop with a message (in a notebook: back to the cell, like a failed bounds check) when an
        allocation fails, instead of writing through NULL: `String("ab") * 10 ** 15` must not kill
        the kernel."""
        b = self.b
        failed = b.and_(b.icmp_unsigned("==", b.ptrtoint(p, I64), ir.Constant(I64, 0)),
                        b.icmp_signed("!=", n, ir.Constant(I64, 0)))
        with b.if_then(failed, likely=False):
            self.call_std("_abort_msg", [self.m.str_const("out of memory (an allocation failed)")])
            b.unreachable()
        return p

    def free(self, p: ir.Value) -> None:
        self.b.call(self._alloc_fn("free", VOID, [PTR]), [p])

    # ------------------------------------------------------------ strings
    def make_string(self, data: ir.Value, n: ir.Value, owner: ir.Value) -> ir.Value:
        b = self.b
        s = b.insert_value(ir.Constant(STR, ir.Undefined), data, 0)
        return b.insert_value(b.insert_value(s, n, 1), owner, 2)

    def adopt_buffer(self, data: ir.Value, n: ir.Value, cap: ir.Value | None = None) -> ir.Value:
        """A String that takes over a block from the `__malloc` intrinsic (which leaves room for the
        header in front of the data); `cap` bytes of data fit in it (default: n)."""
        b = self.b
        owner = b.gep(data, [ir.Constant(I64, -HEADER)], source_etype=I8)
        b.store(ir.Constant(I64, 1), owner)
        b.store(cap if cap is not None else n, b.gep(owner, [ir.Constant(I64, 1)], source_etype=I64))
        return self.make_string(data, n, owner)

    def new_string(self, src: ir.Value, n: ir.Value) -> ir.Value:
        """A heap String holding a copy of n bytes at src."""
        b = self.b
        block = self.malloc(b.add(n, ir.Constant(I64, HEADER + 1)))
        data = b.gep(block, [ir.Constant(I64, HEADER)], source_etype=I8)
        b.call(self.m.libc("memcpy", PTR, [PTR, PTR, I64]), [data, src, n])
        return self.adopt_buffer(data, n)

    # ------------------------------------------------------------ lists
    def list_data(self, lst: ir.Value) -> ir.Value:
        return self.b.load(self.b.gep(lst, [ir.Constant(I32, 0), ir.Constant(I32, 0)], source_etype=LIST_HDR),
                           typ=PTR)

    def list_len_ptr(self, lst: ir.Value) -> ir.Value:
        return self.b.gep(lst, [ir.Constant(I32, 0), ir.Constant(I32, 1)], source_etype=LIST_HDR)

    def list_cap_ptr(self, lst: ir.Value) -> ir.Value:
        return self.b.gep(lst, [ir.Constant(I32, 0), ir.Constant(I32, 2)], source_etype=LIST_HDR)

    def list_len(self, lst: ir.Value) -> ir.Value:
        return self.b.load(self.list_len_ptr(lst), typ=I64)

    def elem_size(self, elem: T.Type) -> ir.Constant:
        return ir.Constant(I64, max(1, self.m.sizeof(self.m.lltype(elem))))

    def check_index(self, idx: ir.Value, n: ir.Value, loc: ir.Value) -> None:
        b = self.b
        with b.if_then(b.icmp_unsigned(">=", idx, n), likely=False):
            # Mojo writes the message to stdout; a notebook cell reports it as its error (stderr).
            self.call_std("_abort_index", [loc, idx, n, ir.Constant(I64, 2 if self.m.session else 1)])
            b.unreachable()

    def list_elem_ptr(self, lst: ir.Value, idx: ir.Value, elem: T.Type, span: Any) -> ir.Value:
        loc = self.m.str_const(span) if isinstance(span, str) else \
            self.loc_string(span) if span is not None else self.m.str_const("<list>")
        self.check_index(idx, self.list_len(lst), loc)
        return self.b.gep(self.list_data(lst), [idx], source_etype=self.m.lltype(elem))

    def list_new(self, elem: T.Type, capacity: ir.Value | None = None) -> ir.Value:
        b = self.b
        hdr = self.malloc(ir.Constant(I64, 24))
        cap = capacity if capacity is not None else ir.Constant(I64, 0)
        data = self.malloc(b.add(b.mul(cap, self.elem_size(elem)), ir.Constant(I64, 1)))
        val = ir.Constant(LIST_HDR, ir.Undefined)
        val = b.insert_value(b.insert_value(b.insert_value(val, data, 0), ir.Constant(I64, 0), 1), cap, 2)
        b.store(val, hdr)
        return hdr

    def list_reserve(self, lst: ir.Value, need: ir.Value, elem: T.Type, exact: bool = False) -> None:
        """Grow to at least `need` elements: double the capacity (Mojo's policy, so that programs
        whose move constructors print see the same moves); `exact` (List.reserve) grows to `need`."""
        b = self.b
        cap_ptr = self.list_cap_ptr(lst)
        cap = b.load(cap_ptr, typ=I64)
        with b.if_then(b.icmp_signed(">", need, cap), likely=False):
            doubled = b.mul(cap, ir.Constant(I64, 2))
            newcap = need if exact else b.select(b.icmp_signed(">", doubled, need), doubled, need)
            esz = self.elem_size(elem)
            if self.m.has_move_ctor(elem):
                # Elements move one by one through their move constructor.
                old = self.list_data(lst)
                data = self.malloc(b.add(b.mul(newcap, esz), ir.Constant(I64, 1)))
                elty = self.m.lltype(elem)
                with self.loop_range(self.list_len(lst)) as i:
                    v = b.load(b.gep(old, [i], source_etype=elty), typ=elty)
                    b.store(self.move_value(v, elem), b.gep(data, [i], source_etype=elty))
                self.free(old)
            else:
                data = self.realloc(self.list_data(lst), b.add(b.mul(newcap, esz), ir.Constant(I64, 1)))
            b.store(data, b.gep(lst, [ir.Constant(I32, 0), ir.Constant(I32, 0)], source_etype=LIST_HDR))
            b.store(newcap, cap_ptr)

    def list_append(self, lst: ir.Value, value: ir.Value, elem: T.Type) -> None:
        b = self.b
        n = self.list_len(lst)
        n1 = b.add(n, ir.Constant(I64, 1))
        self.list_reserve(lst, n1, elem)
        b.store(self.move_value(value, elem), b.gep(self.list_data(lst), [n], source_etype=self.m.lltype(elem)))
        b.store(n1, self.list_len_ptr(lst))

    def list_from(self, elem: T.Type, values: list[ir.Value]) -> ir.Value:
        lst = self.list_new(elem, ir.Constant(I64, len(values)))
        elty = self.m.lltype(elem)
        data = self.list_data(lst)
        for i, v in enumerate(values):
            self.b.store(v, self.b.gep(data, [ir.Constant(I64, i)], source_etype=elty))
        self.b.store(ir.Constant(I64, len(values)), self.list_len_ptr(lst))
        return lst

    def list_copy(self, lst: ir.Value, elem: T.Type) -> ir.Value:
        b = self.b
        n = self.list_len(lst)
        out = self.list_new(elem, n)
        if N.trivial(elem):
            b.call(self.m.libc("memcpy", PTR, [PTR, PTR, I64]),
                   [self.list_data(out), self.list_data(lst), b.mul(n, self.elem_size(elem))])
        else:
            elty = self.m.lltype(elem)
            with self.loop_list(lst, elem) as (i, v):
                b.store(self.copy_value(v, elem), b.gep(self.list_data(out), [i], source_etype=elty))
        b.store(n, self.list_len_ptr(out))
        return out

    class _Loop:
        def __init__(self, em: Emitter, n: ir.Value | None, lst: ir.Value | None, elem: T.Type | None):
            self.em, self.n, self.lst, self.elem = em, n, lst, elem

        def __enter__(self) -> Any:
            em, b = self.em, self.em.b
            self.counter = em.alloca(I64)
            b.store(ir.Constant(I64, 0), self.counter)
            self.cond_bb, self.body_bb, self.end_bb = em.new_block("l.cond"), em.new_block("l.body"), em.new_block("l.end")
            b.branch(self.cond_bb)
            b.position_at_end(self.cond_bb)
            i = b.load(self.counter, typ=I64)
            n = em.list_len(self.lst) if self.lst is not None else self.n
            b.cbranch(b.icmp_signed("<", i, n), self.body_bb, self.end_bb)
            b.position_at_end(self.body_bb)
            if self.lst is None:
                return i
            elty = em.m.lltype(self.elem)
            v = b.load(b.gep(em.list_data(self.lst), [i], source_etype=elty), typ=elty)
            return i, v

        def __exit__(self, *exc: object) -> bool:
            b = self.em.b
            if not b.block.is_terminated:
                b.store(b.add(b.load(self.counter, typ=I64), ir.Constant(I64, 1)), self.counter)
                b.branch(self.cond_bb)
            b.position_at_end(self.end_bb)
            return False

    def loop_range(self, n: ir.Value) -> _Loop:
        return self._Loop(self, n, None, None)

    def loop_list(self, lst: ir.Value, elem: T.Type) -> _Loop:
        return self._Loop(self, None, lst, elem)

    # ------------------------------------------------------------ lifecycle glue
    def destroy_value(self, v: ir.Value, ty: T.Type) -> None:
        if not N.trivial(ty):
            self.b.call(self.m.glue("destroy", ty), [v])

    def copy_value(self, v: ir.Value, ty: T.Type) -> ir.Value:
        if N.trivial(ty):
            return v
        return self.b.call(self.m.glue("copy", ty), [v])

    def move_value(self, v: ir.Value, ty: T.Type) -> ir.Value:
        if not self.m.has_move_ctor(ty):
            return v
        return self.b.call(self.m.glue("move", ty), [v])

    def destroy_fields(self, v: ir.Value, ty: T.Type, skip: frozenset = frozenset()) -> None:
        """Destroy a struct's (or tuple's) fields one by one, without its own destructor."""
        ty = T.materialize(ty)
        elems = [t for _, t in sorted(ty.info.fields.values(), key=lambda f: f[0])] \
            if isinstance(ty, T.StructType) else list(ty.elems)  # type: ignore[attr-defined]
        for i, et in enumerate(elems):
            if i not in skip:
                self.destroy_value(self.b.extract_value(v, i), et)

    def call_lifecycle(self, f: Any, owner_ty: T.Type, v: ir.Value) -> ir.Value:
        """A user copy or move constructor: `__init__(out self, *, copy: Self)` returns the new value;
        the 2023 `__copyinit__(inout self, existing)` fills a slot."""
        if f.name == "__init__":
            return self.b.call(self.m.function(f), [v])
        slot = self.alloca(self.m.lltype(owner_ty))
        self.b.call(self.m.function(f), [slot, v])
        return self.b.load(slot, typ=self.m.lltype(owner_ty))


def emit_glue(m: Any, kind: str, ty: T.Type, fn: ir.Function) -> None:
    """The body of one glue function (see Emitter.destroy_value and friends)."""
    em = Emitter(m, fn)
    b = em.b
    v = fn.args[0]
    ty = T.materialize(ty)
    if kind == "destroy":
        _destroy_body(em, v, ty)
        b.ret_void()
        return
    if kind == "move":
        f = N.lifecycle(ty.info, "move")  # type: ignore[attr-defined]
        b.ret(em.call_lifecycle(f, ty, v))
        return
    b.ret(_copy_body(em, v, ty))


def _destroy_body(em: Emitter, v: ir.Value, ty: T.Type) -> None:
    b = em.b
    if ty in (T.STRING, T.ERROR):
        owner = b.extract_value(v, 2)
        with b.if_then(b.icmp_unsigned("!=", b.ptrtoint(owner, I64), ir.Constant(I64, 0))):
            rc = b.sub(b.load(owner, typ=I64), ir.Constant(I64, 1))
            with b.if_else(b.icmp_signed("==", rc, ir.Constant(I64, 0))) as (last, other):
                with last:
                    em.free(owner)
                with other:
                    b.store(rc, owner)
        return
    if isinstance(ty, T.ListType):
        # null: a notebook variable whose cell failed before setting it
        with b.if_then(b.icmp_unsigned("!=", b.ptrtoint(v, I64), ir.Constant(I64, 0))):
            if not N.trivial(ty.elem):
                with em.loop_list(v, ty.elem) as (_, x):
                    em.destroy_value(x, ty.elem)
            em.free(em.list_data(v))
            em.free(v)
        return
    if isinstance(ty, T.OptionalType):
        with b.if_then(b.extract_value(v, 0)):
            em.destroy_value(b.extract_value(v, 1), ty.elem)
        return
    if isinstance(ty, T.TupleType):
        em.destroy_fields(v, ty)
        return
    if isinstance(ty, T.StructType):
        f = N.lifecycle(ty.info, "del")
        if f is not None:
            b.call(em.m.function(f), [v])
        else:
            em.destroy_fields(v, ty)
        return
    raise NotImplementedError(f"destroy {ty}")


def _copy_body(em: Emitter, v: ir.Value, ty: T.Type) -> ir.Value:
    b = em.b
    if ty in (T.STRING, T.ERROR):
        owner = b.extract_value(v, 2)
        with b.if_then(b.icmp_unsigned("!=", b.ptrtoint(owner, I64), ir.Constant(I64, 0))):
            b.store(b.add(b.load(owner, typ=I64), ir.Constant(I64, 1)), owner)
        return v
    if isinstance(ty, T.ListType):
        return em.list_copy(v, ty.elem)
    if isinstance(ty, T.OptionalType):
        slot = em.spill(v)
        with b.if_then(b.extract_value(v, 0)):
            inner = em.copy_value(b.extract_value(v, 1), ty.elem)
            b.store(b.insert_value(v, inner, 1), slot)
        return b.load(slot, typ=v.type)
    if isinstance(ty, T.StructType):
        f = N.lifecycle(ty.info, "copy")
        if f is not None:
            return em.call_lifecycle(f, ty, v)
        elems = [t for _, t in sorted(ty.info.fields.values(), key=lambda f: f[0])]
    else:
        elems = list(ty.elems)  # type: ignore[attr-defined]
    out = v
    for i, et in enumerate(elems):
        out = b.insert_value(out, em.copy_value(b.extract_value(v, i), et), i)
    return out


def emit_sort(m: Any, elem: T.Type, fn: ir.Function) -> None:
    """`void sort(ptr data, i64 n)`: a bottom-up merge sort (O(n log n), stable) comparing with `<`
    (`__lt__` for structs). Elements move as bits, like the memmove of a List's buffer."""
    from .ops import ValueOps

    em = ValueOps(m, fn)
    b = em.b
    data, n = fn.args
    elty = m.lltype(elem)
    esz = em.elem_size(elem)
    one, zero = ir.Constant(I64, 1), ir.Constant(I64, 0)
    done = fn.append_basic_block("done")
    work = fn.append_basic_block("work")
    b.cbranch(b.icmp_signed("<", n, ir.Constant(I64, 2)), done, work)
    b.position_at_end(work)
    tmp = em.malloc(b.mul(n, esz))
    src, dst, width = em.alloca(PTR), em.alloca(PTR), em.alloca(I64)
    b.store(data, src)
    b.store(tmp, dst)
    b.store(one, width)

    def loop(cond: Any, body: Any, name: str) -> None:
        head, inner, end = fn.append_basic_block(name), fn.append_basic_block(name + ".body"), \
            fn.append_basic_block(name + ".end")
        b.branch(head)
        b.position_at_end(head)
        b.cbranch(cond(), inner, end)
        b.position_at_end(inner)
        body()
        b.branch(head)
        b.position_at_end(end)

    def smin(x: ir.Value, y: ir.Value) -> ir.Value:
        return b.select(b.icmp_signed("<", x, y), x, y)

    def at(base: ir.Value, k: ir.Value) -> ir.Value:
        return b.gep(base, [k], source_etype=elty)

    def one_pass() -> None:
        i = em.alloca(I64)
        b.store(zero, i)
        w = b.load(width, typ=I64)
        s_, d_ = b.load(src, typ=PTR), b.load(dst, typ=PTR)

        def merge_runs() -> None:
            lo = b.load(i, typ=I64)
            mid = smin(b.add(lo, w), n)
            hi = smin(b.add(lo, b.mul(w, ir.Constant(I64, 2))), n)
            a, c, k = em.alloca(I64), em.alloca(I64), em.alloca(I64)
            b.store(lo, a)
            b.store(mid, c)
            b.store(lo, k)

            def take() -> None:
                av, cv = b.load(a, typ=I64), b.load(c, typ=I64)
                a_left = b.icmp_signed("<", av, mid)
                c_left = b.icmp_signed("<", cv, hi)
                use_a = em.alloca(I1)
                b.store(a_left, use_a)
                with b.if_then(b.and_(a_left, c_left)):
                    x, y = b.load(at(s_, av), typ=elty), b.load(at(s_, cv), typ=elty)
                    b.store(b.not_(em.less(y, x, elem)), use_a)  # ties keep the left run first
                ua = b.load(use_a, typ=I1)
                from_idx = b.select(ua, av, cv)
                b.store(b.load(at(s_, from_idx), typ=elty), at(d_, b.load(k, typ=I64)))
                b.store(b.select(ua, b.add(av, one), av), a)
                b.store(b.select(ua, cv, b.add(cv, one)), c)
                b.store(b.add(b.load(k, typ=I64), one), k)

            loop(lambda: b.icmp_signed("<", b.load(k, typ=I64), hi), take, "merge")
            b.store(b.add(lo, b.mul(w, ir.Constant(I64, 2))), i)

        loop(lambda: b.icmp_signed("<", b.load(i, typ=I64), n), merge_runs, "runs")
        b.store(d_, src)
        b.store(s_, dst)
        b.store(b.mul(w, ir.Constant(I64, 2)), width)

    loop(lambda: b.icmp_signed("<", b.load(width, typ=I64), n), one_pass, "pass")
    final = b.load(src, typ=PTR)
    with b.if_then(b.icmp_unsigned("!=", b.ptrtoint(final, I64), b.ptrtoint(data, I64))):
        b.call(m.libc("memcpy", PTR, [PTR, PTR, I64]), [data, final, b.mul(n, esz)])
    em.free(tmp)
    b.branch(done)
    b.position_at_end(done)
    b.ret_void()
