"""IR -> LLVM for one function. Reads only the IR (compiler/ir/nodes.py).

Calling convention: `read`/`var`/`deinit` arguments by value, `mut`/`ref` by pointer; a constructor
returns the new value. A function that `raises` takes a hidden first `ptr` where it stores the
Error and returns `{i1 raised, T}` (or just `i1`). Every local lives in a stack slot (LLVM's
mem2reg turns them into registers); a `ref` local is the caller's pointer itself.
"""

from __future__ import annotations

import os
from typing import Any

from llvmlite import ir

from ..check import types as T
from ..check.symbols import FuncInfo, ParamInfo
from ..ir import nodes as N
from .ops import ValueOps, to_float
from .fp_format import FLOAT_FORMAT_INTRINSICS, float_format_intrinsic
from .pointers import POINTER_INTRINSICS, pointer_intrinsic
from .stackguard import leave_cell
from .parallel import parallel_for
from .target import TARGET_INTRINSICS, target_intrinsic
from .runtime import HEADER, I1, I8, I32, I64, PTR, STR, VOID, FnPointer, unit


class FunctionLowering(ValueOps):
    def __init__(self, m: Any, irfn: N.Function, fn: ir.Function | None = None) -> None:
        self.irfn = irfn
        self.info = irfn.info
        super().__init__(m, fn if fn is not None else m.function(irfn.info))
        self.slots: dict[N.Local, ir.Value] = {}
        self.blocks: dict[int, ir.Block] = {}
        self.err_param: ir.Value | None = None
        self._call_err: ir.Value | None = None

    # ------------------------------------------------------------ locals and places
    def slot(self, loc: N.Local) -> ir.Value:
        s = self.slots.get(loc)
        if s is None:
            s = self.alloca(self.m.lltype(loc.ty), name=loc.name)
            self.slots[loc] = s
        return s

    def addr(self, place: N.Place) -> ir.Value:
        base = place.base
        if isinstance(base, N.Local):
            ptr = self.slot(base)
        else:
            ptr = self.m.global_ref(base)
        ty = base.ty
        b = self.b
        for p in place.projs:
            if p.kind == "field":
                ptr = b.gep(ptr, [ir.Constant(I32, 0), ir.Constant(I32, p.index)], source_etype=self.m.lltype(ty))
            elif p.kind == "index":
                lst = b.load(ptr, typ=PTR)
                ptr = self.list_elem_ptr(lst, self.val(p.operand), p.ty, p.span)
            elif p.kind == "deref":
                ptr = b.load(ptr, typ=PTR)
                if p.operand is not None:  # `p[i]`: the i-th value after the pointer's target
                    ptr = b.gep(ptr, [self.val(p.operand)], source_etype=self.m.lltype(p.ty))
            elif p.kind == "some":
                llty = self.m.lltype(ty)
                has = b.load(b.gep(ptr, [ir.Constant(I32, 0), ir.Constant(I32, 0)], source_etype=llty), typ=I1)
                with b.if_then(b.not_(has), likely=False):
                    sp = p.span
                    path = sp.file if sp.file.startswith("<") or self.m.session else os.path.abspath(sp.file)
                    self.call_std("_abort_to", [self.m.str_const(
                        f"ABORT: {path}:{sp.line}:{sp.col}: `Optional.value()` called on empty `Optional`. "
                        "Consider using `if optional:` to check whether the `Optional` is empty before calling "
                        "`.value()`, or use `.or_else()` to provide a default value."),
                        ir.Constant(I64, 2 if self.m.session else 1)])
                    b.unreachable()
                ptr = b.gep(ptr, [ir.Constant(I32, 0), ir.Constant(I32, 1)], source_etype=llty)
            elif p.kind == "lane":
                # A lane of a vector in memory (vectors are laid out like arrays of their lanes).
                idx = self.val(p.operand)
                self.check_index(idx, ir.Constant(I64, ty.width), self.loc_string(p.span))
                ptr = b.gep(ptr, [idx], source_etype=self.m.lltype(p.ty))
            ty = p.ty
        if place.projs:
            ptr.type = PTR  # a session global's pointer is typed: llvmlite would type-check a store
        return ptr

    def load(self, place: N.Place) -> ir.Value:
        lane = self._bool_lane(place)
        if lane is not None:
            vec, idx = lane
            return self.b.extract_element(self.b.load(vec, typ=self.m.lltype(place.projs[-2].ty if len(place.projs) > 1
                                                                              else place.base.ty)), idx)
        return self.b.load(self.addr(place), typ=self.m.lltype(place.ty))

    def _bool_lane(self, place: N.Place) -> tuple[ir.Value, ir.Value] | None:
        """A lane of a Bool vector has no address (`<N x i1>` is bit-packed in memory): its vector's
        address and the checked lane index, for extract/insert_element."""
        if not place.projs or place.projs[-1].kind != "lane" or place.projs[-1].ty != T.BOOL:
            return None
        p = place.projs[-1]
        vty = place.projs[-2].ty if len(place.projs) > 1 else place.base.ty
        idx = self.val(p.operand)
        self.check_index(idx, ir.Constant(I64, vty.width), self.loc_string(p.span))
        return self.addr(N.Place(place.base, place.projs[:-1])), idx

    def val(self, op: N.Operand) -> ir.Value:
        if isinstance(op, N.Const):
            return self.constant(op.value, op.ty)
        if isinstance(op, N.Use):
            return self.load(op.place)
        if isinstance(op, N.Copy):
            return self.copy_value(self.load(op.place), op.place.ty)
        if isinstance(op, N.Move):
            v = self.load(op.place)
            return self.move_value(v, op.place.ty) if op.runs_ctor else v
        if isinstance(op, N.Addr):
            return self.addr(op.place)
        raise NotImplementedError(type(op).__name__)

    def constant(self, v: Any, ty: T.Type) -> ir.Value:
        ty = T.materialize(ty)
        if isinstance(ty, T.IntType):
            return ir.Constant(ir.IntType(ty.bits), ty.wrap(int(v)))
        if isinstance(ty, T.FloatType):
            return ir.Constant(self.m.lltype(ty), to_float(v))
        if ty == T.BOOL:
            return ir.Constant(I1, int(bool(v)))
        if ty in (T.STRING, T.ERROR) and isinstance(v, str):
            return self.m.str_const(v)
        if isinstance(ty, T.FuncType) and isinstance(v, FuncInfo):
            return self.m.function(v)
        if ty == T.DTYPE and isinstance(v, T.Type):
            return self.m.str_const(T.dtype_name(v))
        if ty == T.NONE:
            return unit()
        raise NotImplementedError(f"constant {v!r}: {ty}")

    # ------------------------------------------------------------ the function
    def lower(self) -> None:
        irfn = self.irfn
        args = list(self.fn.args)
        if irfn.raises:
            self.err_param = args.pop(0)
        for loc, a in zip(irfn.params, args):
            a.name = loc.name
            if loc.kind == "ref":
                self.slots[loc] = a
            else:
                self.b.store(a, self.slot(loc))
        for blk in irfn.blocks:
            self.blocks[blk.id] = self.new_block(blk.label)
        sp = self._line_scope()
        self.b.branch(self.blocks[irfn.entry.id])
        for blk in irfn.blocks:
            self.b.position_at_end(self.blocks[blk.id])
            for i in blk.instrs:
                self._at(sp, i)
                getattr(self, "i_" + type(i).__name__)(i)
            assert blk.term is not None
            self._at(sp, blk.term)
            getattr(self, "t_" + type(blk.term).__name__)(blk.term)

    def _line_scope(self) -> Any:
        """With a line table (debuginfo.py, emitting for people to read): this function's
        subprogram, and the builder placed at its `def` line. None otherwise."""
        lines, decl = self.m.lines, getattr(self.info, "decl", None)
        if lines is None or decl is None or not lines.covers(decl.span):
            return None
        owner = getattr(self.info, "owner", None)
        name = f"{owner.name}.{self.info.name}" if owner is not None else self.info.name
        sp = lines.subprogram(self.fn, name, decl.span.line)
        self.b.debug_metadata = lines.location(sp, decl.span.line, decl.span.col)
        return sp

    def _at(self, sp: Any, i: N.Instr) -> None:
        if sp is not None and self.m.lines.covers(i.span):
            self.b.debug_metadata = self.m.lines.location(sp, i.span.line, i.span.col)

    # ------------------------------------------------------------ instructions
    def set(self, dest: N.Local | None, v: ir.Value | None) -> None:
        if dest is None or v is None or dest.ty == T.NONE or isinstance(v.type, ir.VoidType):
            return
        self.b.store(v, self.slot(dest))

    def i_Assign(self, i: N.Assign) -> None:
        self.set(i.dest, getattr(self, "op_" + i.op)(i))

    def i_Call(self, i: N.Call) -> None:
        vals = [self.val(a) for a in i.args]
        if isinstance(i.func, N.Operand):
            fnty = self.m.func_type(_proto(i.fty))
            r = self.b.call(FnPointer(self.val(i.func), fnty), vals)
        else:
            r = self.call_direct(i.func, vals)
        self.set(i.dest, r)

    def i_Store(self, i: N.Store) -> None:
        v = self.val(i.value)
        lane = self._bool_lane(i.place)
        if lane is not None:  # `mask[i] = b`: the whole vector, with one lane replaced
            vec, idx = lane
            llty = self.m.lltype(i.place.projs[-2].ty if len(i.place.projs) > 1 else i.place.base.ty)
            self.b.store(self.b.insert_element(self.b.load(vec, typ=llty), v, idx), vec)
            return
        p = self.addr(i.place)
        if not i.init and not N.trivial(i.place.ty):
            self.destroy_value(self.b.load(p, typ=self.m.lltype(i.place.ty)), i.place.ty)
        self.b.store(v, p)

    def i_Destroy(self, i: N.Destroy) -> None:
        ty = i.place.ty
        v = self.load(i.place)
        loc = i.place.local
        if i.skip or (loc is not None and not i.place.projs and getattr(loc, "deinit", False)):
            self.destroy_fields(v, ty, i.skip)
        else:
            self.destroy_value(v, ty)

    # ------------------------------------------------------------ terminators
    def t_Goto(self, t: N.Goto) -> None:
        self.b.branch(self.blocks[t.target.id])

    def t_Branch(self, t: N.Branch) -> None:
        self.b.cbranch(self.val(t.cond), self.blocks[t.then.id], self.blocks[t.orelse.id])

    def t_Unreachable(self, t: N.Unreachable) -> None:
        self.b.unreachable()

    def t_Return(self, t: N.Return) -> None:
        value = self.val(t.value) if t.value is not None else None
        if value is not None and isinstance(value.type, ir.LiteralStructType) and not value.type.elements \
                and self.irfn.ret == T.NONE:
            value = None
        rtype = self.fn.function_type.return_type
        b = self.b
        if self.irfn.raises:
            if isinstance(rtype, ir.IntType):
                b.ret(ir.Constant(I1, 0))
            else:
                agg = b.insert_value(ir.Constant(rtype, ir.Undefined), ir.Constant(I1, 0), 0)
                b.ret(b.insert_value(agg, value if value is not None else ir.Constant(rtype.elements[1], None), 1))
        elif isinstance(rtype, ir.VoidType):
            b.ret_void()
        else:
            b.ret(value if value is not None else ir.Constant(rtype, None))

    def t_Raise(self, t: N.Raise) -> None:
        assert self.err_param is not None, "raise outside a raising context passed the checker"
        b = self.b
        b.store(self.val(t.value), self.err_param)
        rtype = self.fn.function_type.return_type
        if isinstance(rtype, ir.IntType):
            b.ret(ir.Constant(I1, 1))
        else:
            b.ret(b.insert_value(ir.Constant(rtype, ir.Undefined), ir.Constant(I1, 1), 0))

    def t_Invoke(self, t: N.Invoke) -> None:
        b = self.b
        vals = [self.val(a) for a in t.args]
        # The callee stores its error here: an Error, or the value of a typed error (`raises MyError`).
        errty = self.m.lltype(t.err_dest.ty)
        slots = self.__dict__.setdefault("_call_errs", {})
        if str(errty) not in slots:
            slots[str(errty)] = self.alloca(errty, "callerr")
        self._call_err = slots[str(errty)]
        if isinstance(t.func, N.Operand):
            proto = _proto(t.fty)
            fn: Any = FnPointer(self.val(t.func), self.m.func_type(proto))
        else:
            fn = self.m.function(t.func)
            if t.func.slot is not None and self.m.session and t.func is not self.info:
                fn = FnPointer(b.load(self.m.slot(t.func), typ=PTR), fn.function_type)
        result = b.call(fn, [self._call_err] + vals)
        failed = b.extract_value(result, 0) if isinstance(result.type, ir.LiteralStructType) else result
        err_bb = self.new_block("invoke.err")
        ok_bb = self.new_block("invoke.ok")
        b.cbranch(failed, err_bb, ok_bb)
        b.position_at_end(err_bb)
        b.store(b.load(self._call_err, typ=errty), self.slot(t.err_dest))
        b.branch(self.blocks[t.err.id])
        b.position_at_end(ok_bb)
        if isinstance(result.type, ir.LiteralStructType):
            self.set(t.dest, b.extract_value(result, 1))
        b.branch(self.blocks[t.ok.id])

    # ------------------------------------------------------------ operations (Assign.op)
    def args(self, i: N.Assign) -> list[ir.Value]:
        return [self.val(a) for a in i.args]

    def op_stack_alloc(self, i: N.Assign) -> ir.Value:
        """std.memory.stack_allocation: an array in the entry block, alive until the function returns."""
        return self.alloca(ir.ArrayType(self.m.lltype(i.dest.ty.elem), max(1, i.attrs["count"])))

    def op_parallel_for(self, i: N.Assign) -> ir.Value:
        return parallel_for(self, i)  # codegen/parallel.py

    def op_id(self, i: N.Assign) -> ir.Value:
        return self.val(i.args[0])

    def op_binop(self, i: N.Assign) -> ir.Value:
        a, c = self.args(i)
        return self.binop(i.attrs["op"], a, c, i.attrs["ty"])

    def op_unop(self, i: N.Assign) -> ir.Value:
        return self.unop(i.attrs["op"], self.val(i.args[0]), i.attrs["ty"])

    def op_cmp(self, i: N.Assign) -> ir.Value:
        a, c = self.args(i)
        return self.compare(i.attrs["cmp"], a, c, i.attrs["ty"])

    def op_equal(self, i: N.Assign) -> ir.Value:
        a, c = self.args(i)
        return self.equal(a, c, i.attrs["ty"])

    def op_convert(self, i: N.Assign) -> ir.Value:
        return self.convert(self.val(i.args[0]), i.attrs["src"], i.attrs["dst"])

    def op_range_cond(self, i: N.Assign) -> ir.Value:
        b = self.b
        idx, stop, step = self.args(i)
        step_const = i.attrs["step_const"]
        if step_const is not None:
            return b.icmp_signed("<" if step_const > 0 else ">", idx, stop)
        up = b.icmp_signed(">", step, ir.Constant(I64, 0))
        return b.select(up, b.icmp_signed("<", idx, stop), b.icmp_signed(">", idx, stop))

    def aggregate(self, i: N.Assign) -> ir.Value:
        """A tuple or a @fieldwise_init struct: each element moves into place (Mojo runs the move
        constructors of its elements here)."""
        agg = ir.Constant(self.m.lltype(i.dest.ty), ir.Undefined)
        for k, (v, a) in enumerate(zip(self.args(i), i.args)):
            agg = self.b.insert_value(agg, self.move_value(v, a.ty), k)
        return agg

    op_tuple = op_struct = aggregate

    def op_opt_none(self, i: N.Assign) -> ir.Value:
        return ir.Constant(self.m.lltype(i.dest.ty), None)

    def op_opt_some(self, i: N.Assign) -> ir.Value:
        llty = self.m.lltype(i.dest.ty)
        v = self.move_value(self.val(i.args[0]), i.args[0].ty)
        return self.b.insert_value(self.b.insert_value(ir.Constant(llty, ir.Undefined), ir.Constant(I1, 1), 0), v, 1)

    def op_opt_has(self, i: N.Assign) -> ir.Value:
        return self.b.extract_value(self.val(i.args[0]), 0)

    def op_opt_or_else(self, i: N.Assign) -> ir.Value:
        v, d = self.args(i)
        b = self.b
        return self.copy_value(b.select(b.extract_value(v, 0), b.extract_value(v, 1), d), i.dest.ty)

    def op_extract_lane(self, i: N.Assign) -> ir.Value:
        v, idx = self.args(i)
        return self.b.extract_element(v, idx)

    def op_str_append(self, i: N.Assign) -> None:
        """`s += t` on a String place: in its own buffer when `s` holds the only reference and
        there is room, else into a new buffer of twice the size (amortized O(1) per byte, like
        Mojo's String; a new string per `+=` would make string building quadratic)."""
        b = self.b
        p = self.addr(i.args[0].place)  # type: ignore[attr-defined]
        t = self.val(i.args[1])
        s = b.load(p, typ=STR)
        data, n, owner = b.extract_value(s, 0), b.extract_value(s, 1), b.extract_value(s, 2)
        m = b.extract_value(t, 1)
        total = b.add(n, m)
        memcpy = self.m.libc("memcpy", PTR, [PTR, PTR, I64])
        has_owner = b.icmp_unsigned("!=", b.ptrtoint(owner, I64), ir.Constant(I64, 0))
        fits = self.alloca(I1)
        b.store(ir.Constant(I1, 0), fits)
        with b.if_then(has_owner):
            unique = b.icmp_signed("==", b.load(owner, typ=I64), ir.Constant(I64, 1))
            own_data = b.icmp_unsigned("==", b.ptrtoint(data, I64),
                                       b.add(b.ptrtoint(owner, I64), ir.Constant(I64, HEADER)))
            cap = b.load(b.gep(owner, [ir.Constant(I64, 1)], source_etype=I64), typ=I64)
            b.store(b.and_(b.and_(unique, own_data), b.icmp_signed("<=", total, cap)), fits)
        with b.if_else(b.load(fits, typ=I1)) as (in_place, grow):
            with in_place:
                b.call(memcpy, [b.gep(data, [n], source_etype=I8), b.extract_value(t, 0), m])
                b.store(b.insert_value(s, total, 1), p)
            with grow:
                newcap = b.mul(total, ir.Constant(I64, 2))
                block = self.malloc(b.add(newcap, ir.Constant(I64, HEADER + 1)))
                new_data = b.gep(block, [ir.Constant(I64, HEADER)], source_etype=I8)
                b.call(memcpy, [new_data, data, n])
                b.call(memcpy, [b.gep(new_data, [n], source_etype=I8), b.extract_value(t, 0), m])
                fresh = self.adopt_buffer(new_data, total, newcap)
                self.destroy_value(s, T.STRING)
                b.store(fresh, p)

    def op_str_len(self, i: N.Assign) -> ir.Value:
        return self.b.extract_value(self.val(i.args[0]), 1)

    def op_str_byte_at(self, i: N.Assign) -> ir.Value:
        s, idx = self.args(i)
        return self.b.load(self.b.gep(self.b.extract_value(s, 0), [idx], source_etype=I8), typ=I8)

    def new_buffer(self) -> ir.Value:
        return self.spill(self.b.call(self.m.function(self.m.std_method("_Buffer", "__init__")), []))

    def op_print(self, i: N.Assign) -> None:
        *vals, sep, end = self.args(i)
        buf = self.new_buffer()
        for k, (v, ty) in enumerate(zip(vals, i.attrs["tys"])):
            if k:
                self.call_std("_write_str", [buf, sep])
            self.write(buf, v, ty)
        self.call_std("_write_str", [buf, end])
        self.call_std("_buf_flush", [buf, ir.Constant(I64, 1)])

    def op_writer_write(self, i: N.Assign) -> None:
        buf, *vals = self.args(i)
        for v, ty in zip(vals, i.attrs["tys"]):
            self.write(buf, v, ty)

    def op_to_string(self, i: N.Assign) -> ir.Value:
        buf = self.new_buffer()
        if i.attrs.get("method"):  # repr of a struct with write_repr_to
            self.call_direct(i.attrs["ty"].info.methods[i.attrs["method"]].funcs[0], [self.val(i.args[0]), buf])
        else:
            self.write(buf, self.val(i.args[0]), i.attrs["ty"])
        return self.call_std("_buf_take", [buf])

    def op_math(self, i: N.Assign) -> ir.Value:
        return self.math_call(i.attrs["name"], self.args(i))

    def op_abs(self, i: N.Assign) -> ir.Value:
        return self.abs_min_max(i.op, self.args(i), i.attrs["ty"])

    op_min = op_max = op_abs

    def op_poll_interrupt(self, i: N.Assign) -> None:
        """At a loop back-edge in a notebook: leave the cell if the user pressed Interrupt."""
        if not self.m.interruptible:
            return
        b = self.b
        flag = self.m.runtime_global("mojito_interrupt", I32)
        # An atomic (monotonic) load: LLVM must re-read it every iteration, unlike a plain load.
        v = b.load_atomic(flag, "monotonic", 4, typ=I32)
        with b.if_then(b.icmp_unsigned("!=", v, ir.Constant(I32, 0)), likely=False):
            # The flag is also how a nearly full stack stops the cell (stackguard.py).
            leave_cell(self, v, self.info.name if self.info is not None else self.fn.name)
            b.unreachable()

    def simd_op(self, i: N.Assign) -> ir.Value:
        return self.simd(i.op, i.attrs.get("arg"), i.attrs.get("src"), i.dest.ty, self.args(i))

    op_simd_splat = op_simd_lanes = op_simd_reduce = op_simd_mask = op_simd_select = simd_op
    op_simd_shuffle = op_simd_cast = op_simd_bitcast = op_simd_bitcount = simd_op

    # ------------------------------------------------------------ lists
    def op_list_new(self, i: N.Assign) -> ir.Value:
        return self.list_new(i.attrs["elem"], self.val(i.args[0]) if i.args else None)

    def op_list_from(self, i: N.Assign) -> ir.Value:
        elem = i.attrs["elem"]
        return self.list_from(elem, [self.move_value(v, elem) for v in self.args(i)])

    def op_list_filled(self, i: N.Assign) -> ir.Value:
        n, fill = self.args(i)
        elem = i.attrs["elem"]
        lst = self.list_new(elem, n)
        data = self.list_data(lst)
        elty = self.m.lltype(elem)
        with self.loop_range(n) as k:
            self.b.store(self.copy_value(fill, elem), self.b.gep(data, [k], source_etype=elty))
        self.b.store(n, self.list_len_ptr(lst))
        return lst

    def op_list_len(self, i: N.Assign) -> ir.Value:
        return self.list_len(self.val(i.args[0]))

    def op_list_append(self, i: N.Assign) -> None:
        lst, v = self.args(i)
        self.list_append(lst, v, i.attrs["elem"])

    def op_list_copy(self, i: N.Assign) -> ir.Value:
        return self.list_copy(self.val(i.args[0]), i.attrs["elem"])

    def op_list_clear(self, i: N.Assign) -> None:
        lst = self.val(i.args[0])
        elem = i.attrs["elem"]
        if not N.trivial(elem):
            with self.loop_list(lst, elem) as (_, x):
                self.destroy_value(x, elem)
        self.b.store(ir.Constant(I64, 0), self.list_len_ptr(lst))

    def normalize_index(self, idx: ir.Value, n: ir.Value) -> ir.Value:
        """Python-style negative indices: -1 is the last element."""
        b = self.b
        return b.select(b.icmp_signed("<", idx, ir.Constant(I64, 0)), b.add(idx, n), idx)

    def op_list_pop(self, i: N.Assign) -> ir.Value:
        b = self.b
        lst, idx = self.args(i)
        elem = i.attrs["elem"]
        elty = self.m.lltype(elem)
        n = self.list_len(lst)
        if i.attrs.get("last"):
            idx = self.normalize_index(idx, n)  # pop(): the last element, -1 on an empty list as Mojo says
        p = self.list_elem_ptr(lst, idx, elem, i.attrs["loc"])
        # Out of the buffer, then out of pop itself: two moves, as Mojo's List.pop makes.
        v = self.move_value(self.move_value(b.load(p, typ=elty), elem), elem)
        self.shift(lst, elem, b.add(idx, ir.Constant(I64, 1)), n, -1)
        b.store(b.sub(n, ir.Constant(I64, 1)), self.list_len_ptr(lst))
        return v

    def shift(self, lst: ir.Value, elem: T.Type, start: ir.Value, stop: ir.Value, by: int) -> None:
        """Move elements [start, stop) one slot left (by=-1) or right (by=1), through their move
        constructors when they have one (right shifts go from the end, as Mojo's do)."""
        b = self.b
        elty = self.m.lltype(elem)
        data = self.list_data(lst)
        if not self.m.has_move_ctor(elem):
            src = b.gep(data, [start], source_etype=elty)
            dst = b.gep(data, [b.add(start, ir.Constant(I64, by))], source_etype=elty)
            self.memmove(dst, src, b.mul(b.sub(stop, start), self.elem_size(elem)))
            return
        with self.loop_range(b.sub(stop, start)) as k:
            j = b.add(start, k) if by < 0 else b.sub(b.sub(stop, ir.Constant(I64, 1)), k)
            v = b.load(b.gep(data, [j], source_etype=elty), typ=elty)
            b.store(self.move_value(v, elem), b.gep(data, [b.add(j, ir.Constant(I64, by))], source_etype=elty))

    def op_list_insert(self, i: N.Assign) -> None:
        b = self.b
        lst, idx, v = self.args(i)
        elem = i.attrs["elem"]
        elty = self.m.lltype(elem)
        n = self.list_len(lst)
        n1 = b.add(n, ir.Constant(I64, 1))
        self.check_index(idx, n1, self.loc_string(i.attrs["loc"]))  # as Mojo: 0 <= index <= len
        self.list_reserve(lst, n1, elem)
        self.shift(lst, elem, idx, n, 1)
        b.store(self.move_value(v, elem), b.gep(self.list_data(lst), [idx], source_etype=elty))
        b.store(n1, self.list_len_ptr(lst))

    def op_list_extend(self, i: N.Assign) -> None:
        lst, other = self.args(i)
        elem = i.attrs["elem"]
        with self.loop_list(other, elem) as (_, v):
            self.list_append(lst, self.copy_value(v, elem), elem)

    def op_list_reverse(self, i: N.Assign) -> None:
        b = self.b
        lst = self.val(i.args[0])
        elty = self.m.lltype(i.attrs["elem"])
        n = self.list_len(lst)
        with self.loop_range(b.sdiv(n, ir.Constant(I64, 2))) as k:
            data = self.list_data(lst)
            j = b.sub(b.sub(n, ir.Constant(I64, 1)), k)
            pi, pj = b.gep(data, [k], source_etype=elty), b.gep(data, [j], source_etype=elty)
            vi, vj = b.load(pi, typ=elty), b.load(pj, typ=elty)
            b.store(vj, pi)
            b.store(vi, pj)

    def search(self, i: N.Assign, count: bool) -> ir.Value:
        b = self.b
        lst, needle = self.args(i)
        elem = i.attrs["elem"]
        result = self.alloca(I64)
        b.store(ir.Constant(I64, 0 if count else -1), result)
        done = self.new_block("search.done")
        with self.loop_list(lst, elem) as (k, v), b.if_then(self.equal(v, needle, elem)):
            if count:
                b.store(b.add(b.load(result, typ=I64), ir.Constant(I64, 1)), result)
            else:
                b.store(k, result)
                b.branch(done)
        b.branch(done)
        b.position_at_end(done)
        return b.load(result, typ=I64)

    def op_list_count(self, i: N.Assign) -> ir.Value:
        return self.search(i, True)

    def op_list_find(self, i: N.Assign) -> ir.Value:
        return self.search(i, False)

    def op_list_in(self, i: N.Assign) -> ir.Value:
        found = self.search(i, False)
        return self.b.icmp_signed(">=", found, ir.Constant(I64, 0))

    def op_list_sort(self, i: N.Assign) -> None:
        lst = self.val(i.args[0])
        self.b.call(self.m.sort_fn(i.attrs["elem"]), [self.list_data(lst), self.list_len(lst)])

    # ------------------------------------------------------------ intrinsics of the standard library
    def op_intrinsic(self, i: N.Assign) -> ir.Value:
        b, m = self.b, self.m
        name = i.attrs["name"]
        v = self.args(i)
        if name.startswith("__libc_"):
            # `def __libc_NAME(...) -> R: ...` in the stdlib calls the C function NAME.
            ret = VOID if i.dest.ty == T.NONE else self.m.lltype(i.dest.ty)
            fn = m.libc(name[7:], ret, [self.m.lltype(t) for t in i.attrs["params"]])
            r = b.call(fn, v)
            return r if i.dest.ty != T.NONE else unit()
        if name in POINTER_INTRINSICS:
            return pointer_intrinsic(self, i, v)
        if name in TARGET_INTRINSICS:
            return target_intrinsic(self, i)
        if name in FLOAT_FORMAT_INTRINSICS:
            return float_format_intrinsic(self, i, v)
        header, back = ir.Constant(I64, HEADER), ir.Constant(I64, -HEADER)
        if name == "__malloc":  # room for a String's header in front, and a NUL after
            block = self.malloc(b.add(v[0], ir.Constant(I64, HEADER + 1)))
            return b.gep(block, [header], source_etype=I8)
        if name == "__realloc":
            block = self.realloc(b.gep(v[0], [back], source_etype=I8), b.add(v[1], ir.Constant(I64, HEADER + 1)))
            return b.gep(block, [header], source_etype=I8)
        if name == "__free":
            self.free(b.gep(v[0], [back], source_etype=I8))
            return unit()
        if name == "__memcpy":
            b.call(m.libc("memcpy", PTR, [PTR, PTR, I64]), v)
            return unit()
        if name == "__memcmp":
            return b.sext(b.call(m.libc("memcmp", I32, [PTR, PTR, I64]), v), I64)
        if name == "__load_byte":
            return b.load(b.gep(v[0], [v[1]], source_etype=I8), typ=I8)
        if name == "__store_byte":
            b.store(v[2], b.gep(v[0], [v[1]], source_etype=I8))
            return unit()
        if name == "__ptr_add":
            return b.gep(v[0], [v[1]], source_etype=I8)
        if name == "__load_word":  # the i-th 64-bit word at p (C out-parameters, std.python)
            return b.load(b.gep(v[0], [v[1]], source_etype=I64), typ=I64)
        if name == "__store_word":
            b.store(v[2], b.gep(v[0], [v[1]], source_etype=I64))
            return unit()
        if name == "__int_to_ptr":
            return b.inttoptr(v[0], PTR)
        if name == "__py_none":
            return b.ptrtoint(m.python_global("_Py_NoneStruct"), I64)
        if name == "__str_ptr":
            return b.extract_value(v[0], 0)
        if name == "__str_wrap":  # the String takes over a block from __malloc
            return self.adopt_buffer(v[0], v[1])
        if name == "__write_fd":
            # A notebook session installs a hook that streams output to the client instead.
            hook = b.load(m.runtime_global("mojito_write_hook", PTR), typ=PTR)
            has = b.icmp_unsigned("!=", b.ptrtoint(hook, I64), ir.Constant(I64, 0))
            with b.if_else(has) as (then, otherwise):
                with then:
                    b.call(FnPointer(hook, ir.FunctionType(VOID, [I64, PTR, I64])), [v[0], v[1], v[2]])
                with otherwise:
                    b.call(m.libc("write", I64, [I32, PTR, I64]), [b.trunc(v[0], I32), v[1], v[2]])
            return unit()
        if name == "__format_e":
            fmt = m.cstring("%.*e")
            r = b.call(m.libc("snprintf", I32, [PTR, I64, PTR], var_arg=True),
                       [v[0], ir.Constant(I64, 40), fmt, b.trunc(v[1], I32), v[2]])
            return b.sext(r, I64)
        if name in ("__strtod", "__strtod_len"):
            # strtod needs a NUL-terminated copy.
            tmp = b.call(m.libc("malloc", PTR, [I64]), [b.add(v[1], ir.Constant(I64, 1))])
            b.call(m.libc("memcpy", PTR, [PTR, PTR, I64]), [tmp, v[0], v[1]])
            b.store(ir.Constant(I8, 0), b.gep(tmp, [v[1]], source_etype=I8))
            endp = self.alloca(PTR)
            d = b.call(m.libc("strtod", ir.DoubleType(), [PTR, PTR]), [tmp, endp])
            used = b.sub(b.ptrtoint(b.load(endp, typ=PTR), I64), b.ptrtoint(tmp, I64))
            b.call(m.libc("free", VOID, [PTR]), [tmp])
            return d if name == "__strtod" else used
        if name == "__f32_round":
            return b.fpext(b.fptrunc(v[0], ir.FloatType()), ir.DoubleType())
        if name == "__random_state":  # the process-wide words of std.random's generator
            return m.runtime_global("mojito_random_state", ir.ArrayType(I64, 8))
        if name == "__autotune_table":  # the 2023 autotune choices kept by utils.legacy2023.mojo
            return m.runtime_global("mojito_autotune_table", ir.ArrayType(I64, 128))
        if name == "__argc":
            return b.load(m.runtime_global("mojito_argc", I64), typ=I64)
        if name == "__argv_at":
            argv = b.load(m.runtime_global("mojito_argv", PTR), typ=PTR)
            cstr = b.load(b.gep(argv, [v[0]], source_etype=PTR), typ=PTR)
            n = b.call(m.libc("strlen", I64, [PTR]), [cstr])
            return self.make_string(cstr, n, ir.Constant(PTR, None))
        if name == "__clock_ns":
            ts_ty = ir.LiteralStructType([I64, I64])
            ts = self.alloca(ts_ty)
            b.call(m.libc("clock_gettime", I32, [I32, PTR]), [ir.Constant(I32, 1), ts])
            sec = b.load(b.gep(ts, [ir.Constant(I32, 0), ir.Constant(I32, 0)], source_etype=ts_ty), typ=I64)
            nsec = b.load(b.gep(ts, [ir.Constant(I32, 0), ir.Constant(I32, 1)], source_etype=ts_ty), typ=I64)
            return b.add(b.mul(sec, ir.Constant(I64, 1_000_000_000)), nsec)
        if name == "__exit":
            self.emit_exit(v[0])
            return unit()
        raise NotImplementedError(name)


def _proto(fty: T.FuncType) -> FuncInfo:
    """A signature for a call through a function pointer."""
    return FuncInfo("<fn>", None, [ParamInfo(f"a{i}", t, "read", None, False, None)  # type: ignore[arg-type]
                                   for i, t in enumerate(fty.params)], fty.ret, fty.raises, "")

