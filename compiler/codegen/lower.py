"""Lowering: the checked AST -> LLVM IR (llvmlite.ir, opaque pointers).

Value representations:
  Int, IntN, UIntN -> iN         Bool -> i1             Float16/32/64 -> half/float/double
  String, Error    -> {ptr, i64} (immutable bytes; copies share them)
  List[T]          -> ptr to a heap header {ptr data, i64 len, i64 cap}
  Optional[T]      -> {i1, T}    Tuple[...] / structs -> literal LLVM structs
Calling convention: `read`/`var` arguments by value, `mut`/`ref` by pointer; a constructor returns
the new value. A function that `raises` takes a hidden first `ptr` where it stores the Error and
returns `{i1 raised, T}` (or just `i1`).
Memory is not reclaimed yet (no destructors are run); values are never mutated through a shared
buffer, so sharing is safe.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from llvmlite import ir

from ..check import types as T
from ..check.symbols import FuncInfo, GlobalConst, LocalVar, ParamInfo, StructInfo
from ..frontend import ast as A

I1, I8, I32, I64 = ir.IntType(1), ir.IntType(8), ir.IntType(32), ir.IntType(64)
F32, F64 = ir.FloatType(), ir.DoubleType()
PTR = ir.PointerType()
STR = ir.LiteralStructType([PTR, I64])
LIST_HDR = ir.LiteralStructType([PTR, I64, I64])
VOID = ir.VoidType()
# Process-wide runtime state, defined by the standard library's module.
RUNTIME_GLOBALS = {"mojito_argc": I64, "mojito_argv": PTR, "mojito_write_hook": PTR, "mojito_jmpbuf": PTR,
                   "mojito_interrupt": I32}

_LIBM = {"tan": "tan", "atan": "atan", "tanh": "tanh", "asin": "asin", "acos": "acos", "atan2": "atan2",
         "cbrt": "cbrt", "hypot": "hypot", "sinh": "sinh", "cosh": "cosh"}
_LLVM_MATH = {"sqrt": "llvm.sqrt", "floor": "llvm.floor", "ceil": "llvm.ceil", "trunc": "llvm.trunc",
              "round": "llvm.round", "sin": "llvm.sin", "cos": "llvm.cos", "exp": "llvm.exp", "log": "llvm.log",
              "log2": "llvm.log2", "log10": "llvm.log10", "exp2": "llvm.exp2", "pow": "llvm.pow",
              "fma": "llvm.fma", "copysign": "llvm.copysign"}


class ModuleLowering:
    """Builds one LLVM module. `define` says which functions get bodies here; the rest are declared
    (they live in the separately compiled standard library)."""

    def __init__(self, globals_scope: Any, *, name: str, triple: str, data_layout: str, target_data: Any,
                 fp_contract: bool = True, owns_runtime: bool = False, session: bool = False):
        self.mod = ir.Module(name=name)
        self.mod.triple = triple
        self.mod.data_layout = data_layout
        self.td = target_data
        self.globals_scope = globals_scope
        self.contract = fp_contract
        self.funcs: dict[FuncInfo, ir.Function] = {}
        self.helpers: dict[tuple, ir.Function] = {}
        self.strings: dict[str, ir.GlobalVariable] = {}
        self.global_vars: dict[GlobalConst, ir.GlobalVariable] = {}
        self.defining: set[FuncInfo] = set()
        self.owns_runtime = owns_runtime  # the standard library's module defines the runtime globals
        # Notebook sessions: calls through slots, session variables in globals, interruptible loops.
        self.session = session
        self.interruptible = session
        self.define_here: set[object] = set()  # session globals (vars, comptime values, slots) this unit defines
        if owns_runtime:
            for name, llty in RUNTIME_GLOBALS.items():
                self.runtime_global(name, llty)

    def external_global(self, name: str, llty: ir.Type, define: bool) -> ir.GlobalVariable:
        g = self.mod.globals.get(name)
        if g is None:
            g = ir.GlobalVariable(self.mod, llty, name=name)
            if define:
                g.initializer = ir.Constant(llty, None)
        return g

    def session_var(self, sym: LocalVar) -> ir.GlobalVariable:
        return self.external_global(sym.global_name, self.lltype(sym.ty), sym in self.define_here)

    def slot(self, f: FuncInfo) -> ir.GlobalVariable:
        return self.external_global(f.slot, PTR, f.slot in self.define_here)

    def runtime_global(self, name: str, llty: ir.Type) -> ir.GlobalVariable:
        """Process-wide state of the runtime (argc/argv): defined in the stdlib module, declared elsewhere."""
        g = self.mod.globals.get(name)
        if g is None:
            g = ir.GlobalVariable(self.mod, llty, name=name)
            if self.owns_runtime:
                g.initializer = ir.Constant(llty, None)
        return g

    # ------------------------------------------------------------ types
    def lltype(self, ty: T.Type) -> ir.Type:
        ty = T.materialize(ty)
        if isinstance(ty, T.IntType):
            return ir.IntType(ty.bits)
        if isinstance(ty, T.FloatType):
            return {16: ir.HalfType(), 32: F32, 64: F64}[ty.bits]
        if ty == T.BOOL:
            return I1
        if ty in (T.STRING, T.ERROR):
            return STR
        if ty in (T.PTR, T.WRITER) or isinstance(ty, (T.ListType, T.PointerType, T.FuncType)):
            return PTR
        if ty == T.CODEPOINT:
            return I32
        if isinstance(ty, T.SimdType):
            return ir.VectorType(self.lltype(ty.elem), ty.width)
        if ty == T.DTYPE:
            return STR
        if isinstance(ty, T.OptionalType):
            return ir.LiteralStructType([I1, self.lltype(ty.elem)])
        if isinstance(ty, T.TupleType):
            return ir.LiteralStructType([self.lltype(e) for e in ty.elems])
        if isinstance(ty, T.StructType):
            fields = sorted(ty.info.fields.values(), key=lambda f: f[0])
            return ir.LiteralStructType([self.lltype(f[1]) for f in fields])
        if ty == T.NONE:
            return ir.LiteralStructType([])
        raise NotImplementedError(f"no LLVM type for {ty}")

    def sizeof(self, llty: ir.Type) -> int:
        return llty.get_abi_size(self.td)

    def func_type(self, f: FuncInfo) -> ir.FunctionType:
        params: list[ir.Type] = [PTR] if f.raises else []
        for p in f.params:
            if p.convention == "out":
                continue
            params.append(PTR if p.convention in ("mut", "ref") else self.lltype(p.ty))
        ret = self.result_type(f)
        if f.raises:
            ret = I1 if isinstance(ret, ir.VoidType) else ir.LiteralStructType([I1, ret])
        return ir.FunctionType(ret, params)

    def result_type(self, f: FuncInfo) -> ir.Type:
        if f.name == "__init__" and f.owner is not None:
            return self.lltype(f.owner.ty)
        return VOID if f.ret == T.NONE else self.lltype(f.ret)

    def function(self, f: FuncInfo) -> ir.Function:
        fn = self.funcs.get(f)
        if fn is None:
            fn = ir.Function(self.mod, self.func_type(f), name=f.llname)
            if f not in self.defining:
                fn.linkage = "external"
            self.funcs[f] = fn
        return fn

    def std(self, name: str) -> FuncInfo:
        sym = self.globals_scope.names[name]
        return sym.funcs[0]

    def std_method(self, struct: str, name: str) -> FuncInfo:
        info = self.globals_scope.names[struct].ty.info
        return info.methods[name].funcs[0]

    def libc(self, name: str, ret: ir.Type, args: list[ir.Type], var_arg: bool = False) -> ir.Function:
        if name in ("malloc", "realloc") and self.globals_scope is not None:
            return self._checked_alloc(name, ret, args)
        fn = self.mod.globals.get(name)
        if fn is None:
            fn = ir.Function(self.mod, ir.FunctionType(ret, args, var_arg=var_arg), name=name)
        return fn

    def _checked_alloc(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Function:
        """malloc/realloc that stop the program with a message (in a notebook: back to the cell,
        like a failed bounds check) instead of returning NULL for code to write through:
        `String("ab") * 10 ** 15` must not kill the kernel."""
        fn = self.mod.globals.get(f"mojito.checked_{name}")
        if fn is not None:
            return fn
        fn = ir.Function(self.mod, ir.FunctionType(ret, args), name=f"mojito.checked_{name}")
        fn.linkage = "internal"
        real = self.mod.globals.get(name) or ir.Function(self.mod, ir.FunctionType(ret, args), name=name)
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        p = b.call(real, list(fn.args))
        failed = b.and_(b.icmp_unsigned("==", b.ptrtoint(p, I64), ir.Constant(I64, 0)),
                        b.icmp_signed("!=", fn.args[-1], ir.Constant(I64, 0)))
        with b.if_then(failed, likely=False):
            b.call(self.function(self.std("_abort_msg")), [self.str_const("out of memory (an allocation failed)")])
            b.unreachable()
        b.ret(p)
        return fn

    def intrinsic(self, name: str, ty: ir.Type, nargs: int = 1) -> ir.Function:
        full = f"{name}.{_suffix(ty)}"
        fn = self.mod.globals.get(full)
        if fn is None:
            fn = ir.Function(self.mod, ir.FunctionType(ty, [ty] * nargs), name=full)
        return fn

    def cstring(self, text: str) -> ir.GlobalVariable:
        g = self.strings.get(text)
        if g is None:
            data = text.encode("utf-8")
            arr = ir.ArrayType(I8, len(data) + 1)
            g = ir.GlobalVariable(self.mod, arr, name=f".str.{len(self.strings)}")
            g.global_constant = True
            g.linkage = "private"
            g.unnamed_addr = True
            g.initializer = ir.Constant(arr, bytearray(data + b"\0"))
            self.strings[text] = g
        return g

    def str_const(self, text: str) -> ir.Constant:
        g = self.cstring(text)
        return ir.Constant(STR, [g, ir.Constant(I64, len(text.encode("utf-8")))])

    def global_var(self, g: GlobalConst) -> ir.GlobalVariable:
        if self.session:
            return self.external_global(g.llname, self.lltype(g.ty), g in self.define_here)
        gv = self.global_vars.get(g)
        if gv is None:
            llty = self.lltype(g.ty)
            gv = ir.GlobalVariable(self.mod, llty, name=g.llname)
            gv.initializer = ir.Constant(llty, None)
            gv.linkage = "internal"
            self.global_vars[g] = gv
        return gv

    # ------------------------------------------------------------ whole program
    def lower_functions(self, funcs: list[FuncInfo], internal: bool) -> None:
        self.defining.update(funcs)
        for f in funcs:
            fn = self.function(f)
            fn.linkage = "internal" if internal else "external"
        for f in funcs:
            FunctionLowering(self, f).lower()

    def lower_entry(self, main: FuncInfo | None, inits: list[GlobalConst]) -> None:
        """`int mojito_entry(int argc, char **argv)`: records the arguments, computes start-up comptime
        values, runs main, reports an unhandled error."""
        fn = ir.Function(self.mod, ir.FunctionType(I32, [I32, PTR]), name="mojito_entry")
        fl = FunctionLowering(self, None, fn)
        b = fl.b
        b.store(b.sext(fn.args[0], I64), self.runtime_global("mojito_argc", I64))
        b.store(fn.args[1], self.runtime_global("mojito_argv", PTR))
        for g in inits:
            assert g.init is not None
            b.store(fl.expr(g.init), self.global_var(g))
        if main is None:
            b.ret(ir.Constant(I32, 0))
            return
        mfn = self.function(main)
        if main.raises:
            slot = fl.alloca(STR)
            res = b.call(mfn, [slot])
            failed = b.extract_value(res, 0) if isinstance(res.type, ir.LiteralStructType) else res
            with b.if_then(failed, likely=False):
                b.call(self.function(self.std("_unhandled")), [b.load(slot, typ=STR)])
                b.ret(ir.Constant(I32, 1))
        else:
            b.call(mfn, [])
        b.ret(ir.Constant(I32, 0))

    def lower_cell_entry(self, name: str, cell: FuncInfo, unit_funcs: list[FuncInfo],
                         inits: list[GlobalConst], error_global: str) -> None:
        """`int NAME(void)` for a notebook cell: points the slots at this unit's functions, computes new
        comptime values, and runs the cell's body under a setjmp guard, so that a failed bounds check
        or an interrupt returns here (status 1 or 130) instead of ending the process. An unhandled
        Error returns -1 with its message in `error_global`."""
        fn = ir.Function(self.mod, ir.FunctionType(I32, []), name=name)
        fl = FunctionLowering(self, None, fn)
        b = fl.b
        for f in unit_funcs:
            if f.slot is not None:
                b.store(self.function(f), self.slot(f))
        r, prev, jmp_global, _ = fl.setjmp_guard()
        jumped, run = fn.append_basic_block("jumped"), fn.append_basic_block("run")
        b.cbranch(b.icmp_signed("!=", r, ir.Constant(I32, 0)), jumped, run)
        b.position_at_end(jumped)
        b.store(prev, jmp_global)
        b.ret(r)
        b.position_at_end(run)
        for g in inits:
            assert g.init is not None
            b.store(fl.expr(g.init), self.global_var(g))
        err = fl.alloca(STR)
        res = b.call(self.function(cell), [err])
        b.store(prev, jmp_global)
        with b.if_then(res, likely=False):
            eg = self.external_global(error_global, STR, True)
            b.store(b.load(err, typ=STR), eg)
            b.ret(ir.Constant(I32, -1))
        b.ret(ir.Constant(I32, 0))

    def lower_c_main(self) -> None:
        fn = ir.Function(self.mod, ir.FunctionType(I32, [I32, PTR]), name="main")
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        entry = self.mod.globals["mojito_entry"]
        b.ret(b.call(entry, list(fn.args)))


class _LoopParts:
    def __init__(self, body, orelse: list) -> None:
        self.body = body
        self.orelse = orelse


class _FnPointer:
    """A loaded function pointer that llvmlite's `call` accepts (it needs `.function_type`)."""

    def __init__(self, value: ir.Value, fnty: ir.FunctionType):
        self.value = value
        self.function_type = fnty
        self.type = value.type

    def get_reference(self) -> str:
        return self.value.get_reference()

    def __str__(self) -> str:
        return str(self.value)


def _suffix(ty: ir.Type) -> str:
    if isinstance(ty, ir.DoubleType):
        return "f64"
    if isinstance(ty, ir.FloatType):
        return "f32"
    if isinstance(ty, ir.HalfType):
        return "f16"
    if isinstance(ty, ir.IntType):
        return f"i{ty.width}"
    raise NotImplementedError(str(ty))


class FunctionLowering:
    def __init__(self, m: ModuleLowering, f: FuncInfo | None, fn: ir.Function | None = None):
        self.m = m
        self.f = f
        self.fn = fn if fn is not None else m.function(f)  # type: ignore[arg-type]
        self.entry = self.fn.append_basic_block("entry")
        self.b = ir.IRBuilder(self.entry)
        self.slots: dict[LocalVar, ir.Value] = {}
        self.unwind: list[tuple] = []  # ("loop", break_bb, continue_bb) | ("handler", slot, bb) | ("finally", body)
        self.err_param: ir.Value | None = None
        self.self_slot: ir.Value | None = None
        self._call_err: ir.Value | None = None
        self.fm = ("contract",) if m.contract else ()

    # ------------------------------------------------------------ helpers
    def alloca(self, llty: ir.Type, name: str = "") -> ir.Value:
        with self.b.goto_block(self.entry):
            if self.entry.instructions:
                self.b.position_before(self.entry.instructions[0])
            slot = self.b.alloca(llty, name=name)
            slot.type = PTR  # opaque pointers everywhere: llvmlite would otherwise type-check stores
            return slot

    def new_block(self, name: str) -> ir.Block:
        return self.fn.append_basic_block(name)

    def dead(self) -> None:
        """Continue emitting into an unreachable block after a terminator."""
        self.b.position_at_end(self.new_block("dead"))

    def spill(self, value: ir.Value) -> ir.Value:
        slot = self.alloca(value.type)
        self.b.store(value, slot)
        return slot

    def call_std(self, name: str, args: list[ir.Value]) -> ir.Value:
        return self.b.call(self.m.function(self.m.std(name)), args)

    def new_buffer(self) -> ir.Value:
        init = self.m.std_method("_Buffer", "__init__")
        return self.spill(self.b.call(self.m.function(init), []))

    def loc_string(self, span: Any) -> ir.Value:
        return self.m.str_const(f"{span.file}:{span.line}:{span.col}")

    # ------------------------------------------------------------ function body
    def lower(self) -> None:
        f = self.f
        assert f is not None and f.decl is not None
        args = list(self.fn.args)
        if f.raises:
            self.err_param = args.pop(0)
        for p, sym in zip(f.params, f.param_syms):  # type: ignore[attr-defined]
            if p.convention == "out":
                self.self_ty = self.m.lltype(sym.ty)
                self.self_slot = self.alloca(self.self_ty, name=p.name)
                self.slots[sym] = self.self_slot
                continue
            a = args.pop(0)
            a.name = p.name
            if p.convention in ("mut", "ref"):
                self.slots[sym] = a
            else:
                slot = self.alloca(a.type, name=p.name)
                self.b.store(a, slot)
                self.slots[sym] = slot
        # In a notebook, also at every call: a recursion (which LLVM may turn into a loop without a
        # back-edge of ours) stops on Interrupt too.
        self.poll_interrupt()
        body = f.decl.body
        last = body[-1] if body else None
        if f.capture_last and isinstance(last, A.ExprStmt) and last.expr.ty not in (T.NONE, T.UNKNOWN, None):
            self.block(body[:-1])
            if not self.b.block.is_terminated:
                buf = self.new_buffer()
                self.write(buf, self.expr(last.expr), last.expr.ty)
                value = self.m.external_global(f"{f.llname}.value", STR, True)
                self.b.store(self.call_std("_buf_take", [buf]), value)
        else:
            self.block(body)
        if not self.b.block.is_terminated:
            self.emit_return(None)

    def emit_return(self, value: ir.Value | None) -> None:
        for i in range(len(self.unwind) - 1, -1, -1):
            if self.unwind[i][0] == "finally":
                self.run_finally(i)
        if self.self_slot is not None:
            value = self.b.load(self.self_slot, typ=self.self_ty)
        rtype = self.fn.function_type.return_type
        if self.f is not None and self.f.raises:
            if isinstance(rtype, ir.IntType):
                self.b.ret(ir.Constant(I1, 0))
            else:
                agg = ir.Constant(rtype, ir.Undefined)
                agg = self.b.insert_value(agg, ir.Constant(I1, 0), 0)
                if value is None:
                    value = ir.Constant(rtype.elements[1], None)
                self.b.ret(self.b.insert_value(agg, value, 1))
        elif isinstance(rtype, ir.VoidType):
            self.b.ret_void()
        else:
            self.b.ret(value if value is not None else ir.Constant(rtype, None))

    def emit_raise(self, err: ir.Value) -> None:
        """Transfer an Error to the innermost handler, running `finally` blocks on the way."""
        for i in range(len(self.unwind) - 1, -1, -1):
            entry = self.unwind[i]
            if entry[0] == "handler":
                self.b.store(err, entry[1])
                self.b.branch(entry[2])
                return
            if entry[0] == "finally":
                self.run_finally(i)
                if self.b.block.is_terminated:
                    return
        assert self.err_param is not None, "raise outside a raising context passed the checker"
        self.b.store(err, self.err_param)
        rtype = self.fn.function_type.return_type
        if isinstance(rtype, ir.IntType):
            self.b.ret(ir.Constant(I1, 1))
        else:
            agg = self.b.insert_value(ir.Constant(rtype, ir.Undefined), ir.Constant(I1, 1), 0)
            self.b.ret(agg)

    def run_finally(self, i: int) -> None:
        """Emit the `finally` body at unwind[i], with only the entries outside it in effect."""
        saved = self.unwind
        self.unwind = self.unwind[:i]
        self.block(saved[i][1])
        self.unwind = saved

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

    def jump_out(self, kind: str) -> None:
        """break / continue: run `finally` blocks between here and the loop."""
        for i in range(len(self.unwind) - 1, -1, -1):
            entry = self.unwind[i]
            if entry[0] == "loop":
                self.b.branch(entry[1] if kind == "break" else entry[2])
                return
            if entry[0] == "finally":
                self.run_finally(i)
                if self.b.block.is_terminated:
                    return

    # ------------------------------------------------------------ statements
    def block(self, body: list[A.Stmt]) -> None:
        for s in body:
            if self.b.block.is_terminated:
                self.dead()
            getattr(self, "stmt_" + type(s).__name__)(s)

    def stmt_Pass(self, s: A.Pass) -> None:
        pass

    def stmt_FuncDef(self, s: A.FuncDef) -> None:
        # A closure is compiled as its own function; here only `var` captures take their snapshot.
        for snapshot, outer in getattr(s, "snapshots", []):
            self.b.store(self.b.load(self.local_slot(outer), typ=self.m.lltype(outer.ty)), self.local_slot(snapshot))

    def stmt_Import(self, s: A.Import) -> None:
        pass

    def stmt_Comptime(self, s: A.Comptime) -> None:
        pass

    def stmt_ExprStmt(self, s: A.ExprStmt) -> None:
        if (isinstance(s.expr, A.StrLit) and s.expr.ty is None) or (isinstance(s.expr, A.Name) and s.expr.id == "..."):
            return
        self.expr(s.expr)

    def local_slot(self, sym: LocalVar) -> ir.Value:
        if sym.global_name is not None:
            return self.m.session_var(sym)
        slot = self.slots.get(sym)
        if slot is None:
            slot = self.alloca(self.m.lltype(sym.ty), name=sym.name)
            self.slots[sym] = slot
        return slot

    def stmt_VarDecl(self, s: A.VarDecl) -> None:
        if len(s.syms) == 1:
            slot = self.local_slot(s.syms[0])
            if s.value is not None:
                self.b.store(self.expr(s.value), slot)
            return
        assert s.value is not None
        tup = self.expr(s.value)
        for i, sym in enumerate(s.syms):
            self.b.store(self.b.extract_value(tup, i), self.local_slot(sym))

    def stmt_Assign(self, s: A.Assign) -> None:
        t = s.target
        if isinstance(t, A.Call):  # struct __setitem__
            self.expr(t)
            return
        if isinstance(t, A.Name) and t.id == "_" and t.sym is None:
            self.expr(s.value)
            return
        if isinstance(t, A.TupleExpr):
            tup = self.expr(s.value)  # evaluate the whole right side before assigning (swaps)
            for i, x in enumerate(t.elts):
                if isinstance(x, A.Name) and x.id == "_" and x.sym is None:
                    continue
                self.b.store(self.b.extract_value(tup, i), self.lvalue(x))
            return
        value = self.expr(s.value)
        self.b.store(value, self.lvalue(t))

    def stmt_AugAssign(self, s: A.AugAssign) -> None:
        if getattr(s, "desugared", None) is not None:
            self.stmt_Assign(s.desugared)
            return
        if s.call is not None:
            self.expr(s.call)
            return
        value = self.expr(s.value)
        self.b.store(value, self.lvalue(s.target))

    def stmt_If(self, s: A.If) -> None:
        if s.cond.const is not None:  # comptime if, or a constant condition: emit one branch
            self.block(s.body if s.cond.const else s.orelse)
            return
        cond = self.expr(s.cond)
        then_bb, end_bb = self.new_block("then"), self.new_block("endif")
        else_bb = self.new_block("else") if s.orelse else end_bb
        self.b.cbranch(cond, then_bb, else_bb)
        self.b.position_at_end(then_bb)
        self.block_then(s.body, end_bb)
        if s.orelse:
            self.b.position_at_end(else_bb)
            self.block_then(s.orelse, end_bb)
        self.b.position_at_end(end_bb)

    def block_then(self, body: list[A.Stmt], target: ir.Block) -> None:
        """Emit body, then continue at target unless the body already left (return, break, ...)."""
        self.block(body)
        if not self.b.block.is_terminated:
            self.b.branch(target)

    def stmt_While(self, s: A.While) -> None:
        cond_bb, body_bb, end_bb = self.new_block("while.cond"), self.new_block("while.body"), self.new_block("while.end")
        else_bb = self.new_block("while.else") if s.orelse else end_bb
        self.b.branch(cond_bb)
        self.b.position_at_end(cond_bb)
        self.b.cbranch(self.expr(s.cond), body_bb, else_bb)
        self.b.position_at_end(body_bb)
        self.unwind.append(("loop", end_bb, cond_bb))
        self.block(s.body)
        self.unwind.pop()
        if not self.b.block.is_terminated:
            self.poll_interrupt()
            self.b.branch(cond_bb)
        if s.orelse:
            self.b.position_at_end(else_bb)
            self.block_then(s.orelse, end_bb)
        self.b.position_at_end(end_bb)

    def poll_interrupt(self) -> None:
        """At a loop back-edge in a notebook: leave the cell if the user pressed Interrupt."""
        if not self.m.interruptible:
            return
        b = self.b
        flag = self.m.runtime_global("mojito_interrupt", I32)
        # An atomic (monotonic) load: LLVM must re-read it every iteration, unlike a plain load.
        v = b.load_atomic(flag, "monotonic", 4, typ=I32)
        with b.if_then(b.icmp_unsigned("!=", v, ir.Constant(I32, 0)), likely=False):
            b.store(ir.Constant(I32, 0), flag)
            self.emit_exit(ir.Constant(I64, 130))
            b.unreachable()

    def emit_exit(self, code: ir.Value) -> None:
        """End the program, or, inside a notebook cell, jump back to the cell's entry."""
        b = self.b
        m = self.m
        jmp = b.load(m.runtime_global("mojito_jmpbuf", PTR), typ=PTR)
        has = b.icmp_unsigned("!=", b.ptrtoint(jmp, I64), ir.Constant(I64, 0))
        with b.if_else(has) as (then, otherwise):
            with then:
                longjmp = m.libc("longjmp", VOID, [PTR, I32])
                b.call(longjmp, [jmp, b.trunc(code, I32)])
            with otherwise:
                b.call(m.libc("exit", VOID, [I32]), [b.trunc(code, I32)])

    def stmt_With(self, s: A.With) -> None:
        self.block(s.desugared)

    def stmt_Match(self, s: A.Match) -> None:
        self.block(s.desugared)

    def expr_ListComp(self, e: A.ListComp) -> ir.Value:
        lst = self.list_new(e.ty.elem)

        def level(i: int) -> None:
            if i == len(e.generators):
                self.list_append(lst, self.expr(e.elt), e.ty.elem)
                return
            g = e.generators[i]

            def body() -> None:
                if not g.conds:
                    level(i + 1)
                    return
                cond = self.expr(g.conds[0])
                for c in g.conds[1:]:
                    cond = self.b.and_(cond, self.expr(c))
                with self.b.if_then(cond):
                    level(i + 1)

            self.loop_over(g.iter, g.syms, body, [])

        level(0)
        return lst

    def stmt_ComptimeAssert(self, s: A.ComptimeAssert) -> None:
        pass

    def stmt_For(self, s: A.For) -> None:
        if s.is_comptime:
            for body in s.unrolled:
                self.block(body)
            return
        self.loop_over(s.iter, s.syms, lambda: self.block(s.body), s.orelse)

    def loop_over(self, it: A.Expr, syms: list, body, orelse: list[A.Stmt]) -> None:
        """A for loop over it, binding syms each iteration and emitting body()."""
        ity = it.ty
        b = self.b
        s = _LoopParts(body, orelse)
        slots = [self.local_slot(sym) for sym in syms]
        if isinstance(ity, T.IterType) and ity.kind == "range":
            args = [self.expr(a) for a in it.bound_args]
            start, stop, step = (ir.Constant(I64, 0), args[0], ir.Constant(I64, 1)) if len(args) == 1 else \
                (args[0], args[1], args[2] if len(args) == 3 else ir.Constant(I64, 1))
            step_const = it.bound_args[2].const if len(args) == 3 else 1
            counter = self.alloca(I64, "for.i")
            b.store(start, counter)

            def cond(i: ir.Value) -> ir.Value:
                if step_const is not None:
                    return b.icmp_signed("<" if step_const > 0 else ">", i, stop)
                up = b.icmp_signed(">", step, ir.Constant(I64, 0))
                return b.select(up, b.icmp_signed("<", i, stop), b.icmp_signed(">", i, stop))

            def bind(i: ir.Value) -> None:
                b.store(i, slots[0])

            def advance(i: ir.Value) -> ir.Value:
                return b.add(i, step)

            self._counted_loop(s, counter, cond, bind, advance)
            return
        if isinstance(ity, T.ListType) or (isinstance(ity, T.IterType) and ity.kind == "enumerate"):
            lst_expr = it if isinstance(ity, T.ListType) else it.bound_args[0]
            elty = self.m.lltype(lst_expr.ty.elem)
            lst = self.expr(lst_expr)
            counter = self.alloca(I64, "for.i")
            b.store(ir.Constant(I64, 0), counter)

            def cond(i: ir.Value) -> ir.Value:
                return b.icmp_signed("<", i, self.list_len(lst))

            def bind(i: ir.Value) -> None:
                v = b.load(b.gep(self.list_data(lst), [i], source_etype=elty), typ=elty)
                if len(slots) == 2:
                    b.store(i, slots[0])
                    b.store(v, slots[1])
                elif isinstance(ity, T.IterType):
                    tup = ir.Constant(self.m.lltype(syms[0].ty), ir.Undefined)
                    b.store(b.insert_value(b.insert_value(tup, i, 0), v, 1), slots[0])
                else:
                    b.store(v, slots[0])

            self._counted_loop(s, counter, cond, bind, lambda i: b.add(i, ir.Constant(I64, 1)))
            return
        if isinstance(ity, T.IterType) and ity.kind in ("codepoints", "bytes"):
            sval = self.expr(it.bound_args[0])
            ptr, n = b.extract_value(sval, 0), b.extract_value(sval, 1)
            counter = self.alloca(I64, "for.i")
            b.store(ir.Constant(I64, 0), counter)
            width = self.alloca(I64, "for.w")

            def cond(i: ir.Value) -> ir.Value:
                return b.icmp_signed("<", i, n)

            def bind(i: ir.Value) -> None:
                if ity.kind == "bytes":
                    b.store(ir.Constant(I64, 1), width)
                    b.store(b.load(b.gep(ptr, [i], source_etype=I8), typ=I8), slots[0])
                else:
                    b.store(self.call_std("_utf8_width", [sval, i]), width)
                    cp = self.call_std("_utf8_decode", [sval, i])
                    b.store(b.trunc(cp, I32), slots[0])

            self._counted_loop(s, counter, cond, bind, lambda i: b.add(i, b.load(width, typ=I64)))
            return
        raise NotImplementedError(f"for over {ity}")

    def _counted_loop(self, s: _LoopParts, counter: ir.Value, cond, bind, advance) -> None:
        b = self.b
        cond_bb, body_bb, step_bb = self.new_block("for.cond"), self.new_block("for.body"), self.new_block("for.step")
        end_bb = self.new_block("for.end")
        else_bb = self.new_block("for.else") if s.orelse else end_bb
        b.branch(cond_bb)
        b.position_at_end(cond_bb)
        i = b.load(counter, typ=I64)
        b.cbranch(cond(i), body_bb, else_bb)
        b.position_at_end(body_bb)
        bind(b.load(counter, typ=I64))
        self.unwind.append(("loop", end_bb, step_bb))
        s.body()
        self.unwind.pop()
        if not b.block.is_terminated:
            b.branch(step_bb)
        b.position_at_end(step_bb)
        b.store(advance(b.load(counter, typ=I64)), counter)
        self.poll_interrupt()
        b.branch(cond_bb)
        if s.orelse:
            b.position_at_end(else_bb)
            self.block_then(s.orelse, end_bb)
        b.position_at_end(end_bb)

    def stmt_Break(self, s: A.Break) -> None:
        self.jump_out("break")

    def stmt_Continue(self, s: A.Continue) -> None:
        self.jump_out("continue")

    def stmt_Return(self, s: A.Return) -> None:
        self.emit_return(self.expr(s.value) if s.value is not None else None)

    def stmt_Raise(self, s: A.Raise) -> None:
        assert s.exc is not None
        self.emit_raise(self.expr(s.exc))

    def stmt_Try(self, s: A.Try) -> None:
        b = self.b
        end_bb = self.new_block("try.end")
        if s.finalbody:
            self.unwind.append(("finally", s.finalbody))
        slot = self.alloca(STR, "err") if s.handlers else None
        handler_bb = self.new_block("try.except") if s.handlers else None
        if s.handlers:
            self.unwind.append(("handler", slot, handler_bb))
        self.block(s.body)
        if s.handlers:
            self.unwind.pop()
        if not b.block.is_terminated:
            self.block(s.orelse)
        if s.finalbody:
            self.unwind.pop()
        self._leave_try(s.finalbody, end_bb)
        if s.handlers:
            assert handler_bb is not None and slot is not None
            b.position_at_end(handler_bb)
            if s.finalbody:
                self.unwind.append(("finally", s.finalbody))
            h = s.handlers[0]
            if h.sym is not None:
                b.store(b.load(slot, typ=STR), self.local_slot(h.sym))
            self.block(h.body)
            if s.finalbody:
                self.unwind.pop()
            self._leave_try(s.finalbody, end_bb)
        b.position_at_end(end_bb)

    def _leave_try(self, finalbody: list[A.Stmt], end_bb: ir.Block) -> None:
        """The normal way out of a try body or handler: the finally body, then past the statement."""
        if not self.b.block.is_terminated:
            self.block_then(finalbody, end_bb)

    # ------------------------------------------------------------ lvalues
    def lvalue(self, e: A.Expr) -> ir.Value:
        if isinstance(e, A.Name):
            if isinstance(e.sym, LocalVar):
                return self.local_slot(e.sym)
            if isinstance(e.sym, GlobalConst):
                return self.m.global_var(e.sym)
        if isinstance(e, A.Attribute):
            base_ty = e.value.ty
            info: StructInfo = base_ty.info
            idx = info.fields[e.attr][0]
            base = self.lvalue(e.value) if _addressable(e.value) else self.spill(self.expr(e.value))
            return self.b.gep(base, [ir.Constant(I32, 0), ir.Constant(I32, idx)],
                              source_etype=self.m.lltype(base_ty))
        if isinstance(e, A.Subscript) and isinstance(e.value.ty, T.PointerType):
            return self.expr(e.value)
        if isinstance(e, A.Subscript) and isinstance(e.value.ty, T.SimdType):
            # A lane of a vector in memory (vectors are laid out like arrays of their lanes).
            idx, width = self.expr(e.indices[0]), ir.Constant(I64, e.value.ty.width)
            with self.b.if_then(self.b.icmp_unsigned(">=", idx, width), likely=False):
                self.call_std("_abort_index", [self.loc_string(_bracket_span(e)), idx, width])
                self.b.unreachable()
            lane = self.b.gep(self.lvalue(e.value), [idx], source_etype=self.m.lltype(e.value.ty.elem))
            lane.type = PTR  # a session global's pointer is typed: llvmlite would type-check the store
            return lane
        if isinstance(e, A.Subscript) and isinstance(e.value.ty, T.ListType):
            lst = self.expr(e.value)
            idx = self.expr(e.indices[0])
            return self.list_elem_ptr(lst, idx, e.value.ty.elem, e)
        if isinstance(e, A.Transfer):
            return self.lvalue(e.value)
        return self.spill(self.expr(e))

    # ------------------------------------------------------------ lists
    def list_data(self, lst: ir.Value) -> ir.Value:
        return self.b.load(self.b.gep(lst, [ir.Constant(I32, 0), ir.Constant(I32, 0)], source_etype=LIST_HDR),
                           typ=PTR)

    def list_len_ptr(self, lst: ir.Value) -> ir.Value:
        return self.b.gep(lst, [ir.Constant(I32, 0), ir.Constant(I32, 1)], source_etype=LIST_HDR)

    def list_len(self, lst: ir.Value) -> ir.Value:
        return self.b.load(self.list_len_ptr(lst), typ=I64)

    def list_elem_ptr(self, lst: ir.Value, idx: ir.Value, elem: T.Type, e: A.Expr | None) -> ir.Value:
        b = self.b
        n = self.list_len(lst)
        bad = b.icmp_unsigned(">=", idx, n)
        with b.if_then(bad, likely=False):
            loc = self.loc_string(_bracket_span(e)) if e is not None else self.m.str_const("<list>")
            self.call_std("_abort_index", [loc, idx, n])
            b.unreachable()
        return b.gep(self.list_data(lst), [idx], source_etype=self.m.lltype(elem))

    def list_new(self, elem: T.Type, capacity: ir.Value | None = None) -> ir.Value:
        b = self.b
        malloc = self.m.libc("malloc", PTR, [I64])
        hdr = b.call(malloc, [ir.Constant(I64, 24)])
        cap = capacity if capacity is not None else ir.Constant(I64, 0)
        size = b.mul(cap, ir.Constant(I64, max(1, self.m.sizeof(self.m.lltype(elem)))))
        data = b.call(malloc, [b.add(size, ir.Constant(I64, 1))])
        val = ir.Constant(LIST_HDR, ir.Undefined)
        val = b.insert_value(b.insert_value(b.insert_value(val, data, 0), ir.Constant(I64, 0), 1), cap, 2)
        b.store(val, hdr)
        return hdr

    def list_reserve(self, lst: ir.Value, need: ir.Value, elem: T.Type) -> None:
        b = self.b
        cap_ptr = b.gep(lst, [ir.Constant(I32, 0), ir.Constant(I32, 2)], source_etype=LIST_HDR)
        cap = b.load(cap_ptr, typ=I64)
        with b.if_then(b.icmp_signed(">", need, cap), likely=False):
            doubled = b.mul(cap, ir.Constant(I64, 2))
            newcap = b.select(b.icmp_signed(">", doubled, need), doubled, need)
            newcap = b.select(b.icmp_signed("<", newcap, ir.Constant(I64, 4)), ir.Constant(I64, 4), newcap)
            esz = ir.Constant(I64, max(1, self.m.sizeof(self.m.lltype(elem))))
            realloc = self.m.libc("realloc", PTR, [PTR, I64])
            data = b.call(realloc, [self.list_data(lst), b.mul(newcap, esz)])
            b.store(data, b.gep(lst, [ir.Constant(I32, 0), ir.Constant(I32, 0)], source_etype=LIST_HDR))
            b.store(newcap, cap_ptr)

    def list_append(self, lst: ir.Value, value: ir.Value, elem: T.Type) -> None:
        b = self.b
        n = self.list_len(lst)
        n1 = b.add(n, ir.Constant(I64, 1))
        self.list_reserve(lst, n1, elem)
        b.store(value, b.gep(self.list_data(lst), [n], source_etype=self.m.lltype(elem)))
        b.store(n1, self.list_len_ptr(lst))

    def list_from(self, elem: T.Type, values: list[ir.Value]) -> ir.Value:
        lst = self.list_new(elem, ir.Constant(I64, len(values)))
        elty = self.m.lltype(elem)
        data = self.list_data(lst)
        for i, v in enumerate(values):
            self.b.store(v, self.b.gep(data, [ir.Constant(I64, i)], source_etype=elty))
        self.b.store(ir.Constant(I64, len(values)), self.list_len_ptr(lst))
        return lst

    def memmove(self, dst: ir.Value, src: ir.Value, n: ir.Value) -> None:
        fn = self.m.libc("memmove", PTR, [PTR, PTR, I64])
        self.b.call(fn, [dst, src, n])

    def list_method(self, name: str, args: list[A.Expr], e: A.Call) -> ir.Value | None:
        b = self.b
        lty: T.ListType = args[0].ty
        elem = lty.elem
        elty = self.m.lltype(elem)
        esz = ir.Constant(I64, self.m.sizeof(elty))
        lst = self.expr(args[0])
        if name == "append":
            self.list_append(lst, self.expr(args[1]), elem)
            return None
        if name == "__len__":
            return self.list_len(lst)
        if name == "clear":
            b.store(ir.Constant(I64, 0), self.list_len_ptr(lst))
            return None
        if name == "pop":
            n = self.list_len(lst)
            idx = self.expr(args[1]) if len(args) > 1 else b.sub(n, ir.Constant(I64, 1))
            p = self.list_elem_ptr(lst, idx, elem, e)
            v = b.load(p, typ=elty)
            after = b.sub(b.sub(n, idx), ir.Constant(I64, 1))
            nxt = b.gep(p, [ir.Constant(I64, 1)], source_etype=elty)
            self.memmove(p, nxt, b.mul(after, esz))
            b.store(b.sub(n, ir.Constant(I64, 1)), self.list_len_ptr(lst))
            return v
        if name == "insert":
            n = self.list_len(lst)
            idx = self.expr(args[1])
            v = self.expr(args[2])
            n1 = b.add(n, ir.Constant(I64, 1))
            with b.if_then(b.icmp_unsigned(">", idx, n), likely=False):  # as Mojo: 0 <= index <= len
                loc = self.loc_string(e.lparen) if isinstance(e, A.Call) else self.m.str_const("<list>")
                self.call_std("_abort_index", [loc, idx, n1])
                b.unreachable()
            self.list_reserve(lst, n1, elem)
            data = self.list_data(lst)
            p = b.gep(data, [idx], source_etype=elty)
            self.memmove(b.gep(p, [ir.Constant(I64, 1)], source_etype=elty), p, b.mul(b.sub(n, idx), esz))
            b.store(v, p)
            b.store(n1, self.list_len_ptr(lst))
            return None
        if name == "copy":
            n = self.list_len(lst)
            out = self.list_new(elem, n)
            memcpy = self.m.libc("memcpy", PTR, [PTR, PTR, I64])
            b.call(memcpy, [self.list_data(out), self.list_data(lst), b.mul(n, esz)])
            b.store(n, self.list_len_ptr(out))
            return out
        if name == "extend":
            other = self.expr(args[1])
            with self.loop_list(other, elem) as (i, v):
                self.list_append(lst, v, elem)
            return None
        if name == "reverse":
            n = self.list_len(lst)
            with self.loop_range(b.sdiv(n, ir.Constant(I64, 2))) as i:
                data = self.list_data(lst)
                j = b.sub(b.sub(n, ir.Constant(I64, 1)), i)
                pi, pj = b.gep(data, [i], source_etype=elty), b.gep(data, [j], source_etype=elty)
                vi, vj = b.load(pi, typ=elty), b.load(pj, typ=elty)
                b.store(vj, pi)
                b.store(vi, pj)
            return None
        if name in ("index", "count"):
            needle = self.expr(args[1])
            result = self.alloca(I64)
            b.store(ir.Constant(I64, -1 if name == "index" else 0), result)
            found_bb = self.new_block("index.found") if name == "index" else None
            with self.loop_list(lst, elem) as (i, v):
                eq = self.equal(v, needle, elem)
                with b.if_then(eq):
                    if name == "index":
                        b.store(i, result)
                        b.branch(found_bb)
                    else:
                        b.store(b.add(b.load(result, typ=I64), ir.Constant(I64, 1)), result)
            if name == "count":
                return b.load(result, typ=I64)
            self.emit_raise(self.make_error(self.m.str_const("ValueError: The value can not be found in the List")))
            b.position_at_end(found_bb)
            return b.load(result, typ=I64)
        raise NotImplementedError(name)

    class _Loop:
        def __init__(self, fl: FunctionLowering, n: ir.Value, lst: ir.Value | None, elem: T.Type | None):
            self.fl, self.n, self.lst, self.elem = fl, n, lst, elem

        def __enter__(self):
            fl, b = self.fl, self.fl.b
            self.counter = fl.alloca(I64)
            b.store(ir.Constant(I64, 0), self.counter)
            self.cond_bb, self.body_bb, self.end_bb = fl.new_block("l.cond"), fl.new_block("l.body"), fl.new_block("l.end")
            b.branch(self.cond_bb)
            b.position_at_end(self.cond_bb)
            i = b.load(self.counter, typ=I64)
            n = fl.list_len(self.lst) if self.lst is not None else self.n
            b.cbranch(b.icmp_signed("<", i, n), self.body_bb, self.end_bb)
            b.position_at_end(self.body_bb)
            if self.lst is None:
                return i
            elty = fl.m.lltype(self.elem)
            v = b.load(b.gep(fl.list_data(self.lst), [i], source_etype=elty), typ=elty)
            return i, v

        def __exit__(self, *exc):
            b = self.fl.b
            if not b.block.is_terminated:
                b.store(b.add(b.load(self.counter, typ=I64), ir.Constant(I64, 1)), self.counter)
                b.branch(self.cond_bb)
            b.position_at_end(self.end_bb)
            return False

    def loop_range(self, n: ir.Value) -> _Loop:
        return self._Loop(self, n, None, None)

    def loop_list(self, lst: ir.Value, elem: T.Type) -> _Loop:
        return self._Loop(self, None, lst, elem)

    # ------------------------------------------------------------ comparisons and writing
    def equal(self, a: ir.Value, b_: ir.Value, ty: T.Type) -> ir.Value:
        b = self.b
        ty = T.materialize(ty)
        if isinstance(ty, T.IntType) or ty == T.BOOL or ty == T.CODEPOINT:
            return b.icmp_unsigned("==", a, b_)
        if isinstance(ty, T.FloatType):
            return b.fcmp_ordered("==", a, b_)
        if ty in (T.STRING, T.ERROR):
            return self.call_std("_str_eq", [a, b_])
        if isinstance(ty, T.StructType):
            f = ty.info.methods["__eq__"].funcs[0]
            return self.call_func(f, [a, b_])
        if isinstance(ty, T.TupleType):
            result = ir.Constant(I1, 1)
            for i, et in enumerate(ty.elems):
                result = b.and_(result, self.equal(b.extract_value(a, i), b.extract_value(b_, i), et))
            return result
        if isinstance(ty, T.OptionalType):
            ha, hb = b.extract_value(a, 0), b.extract_value(b_, 0)
            both = b.and_(ha, hb)
            inner = self.equal(b.extract_value(a, 1), b.extract_value(b_, 1), ty.elem)
            return b.or_(b.and_(both, inner), b.and_(b.not_(ha), b.not_(hb)))
        raise NotImplementedError(f"== on {ty}")

    def less(self, a: ir.Value, b_: ir.Value, ty: T.Type, lt_call: Any = None) -> ir.Value:
        b = self.b
        if isinstance(ty, T.SimdType):
            ty = ty.elem  # lanewise
        if isinstance(ty, T.IntType):
            return b.icmp_signed("<", a, b_) if ty.signed else b.icmp_unsigned("<", a, b_)
        if isinstance(ty, T.FloatType):
            return b.fcmp_ordered("<", a, b_)
        if ty == T.STRING:
            return b.icmp_signed("<", self.call_std("_str_cmp", [a, b_]), ir.Constant(I64, 0))
        if isinstance(ty, T.StructType):
            f = ty.info.methods["__lt__"].funcs[0]
            return self.call_func(f, [a, b_])
        raise NotImplementedError(f"< on {ty}")

    def write(self, buf: ir.Value, v: ir.Value, ty: T.Type) -> None:
        """Append the printed form of v (of type ty) to the _Buffer at buf."""
        b = self.b
        ty = T.materialize(ty)
        if isinstance(ty, T.IntType):
            if ty.signed:
                self.call_std("_write_int", [buf, b.sext(v, I64) if ty.bits < 64 else v])
            else:
                self.call_std("_write_uint", [buf, b.zext(v, I64) if ty.bits < 64 else v])
        elif isinstance(ty, T.FloatType):
            if ty.bits == 64:
                self.call_std("_write_f64", [buf, v])
            else:
                self.call_std("_write_f32", [buf, b.fpext(v, F64)])
        elif ty == T.BOOL:
            self.call_std("_write_bool", [buf, v])
        elif ty in (T.STRING, T.ERROR):
            self.call_std("_write_str", [buf, v])
        elif ty == T.CODEPOINT:
            self.call_std("_write_str", [buf, self.call_std("_chr", [b.zext(v, I64)])])
        elif isinstance(ty, T.ListType):
            self.call_std("_write_str", [buf, self.m.str_const("[")])
            with self.loop_list(v, ty.elem) as (i, x):
                with b.if_then(b.icmp_signed(">", i, ir.Constant(I64, 0))):
                    self.call_std("_write_str", [buf, self.m.str_const(", ")])
                self.write(buf, x, ty.elem)
            self.call_std("_write_str", [buf, self.m.str_const("]")])
        elif isinstance(ty, T.OptionalType):
            with b.if_else(b.extract_value(v, 0)) as (then, otherwise):
                with then:
                    self.write(buf, b.extract_value(v, 1), ty.elem)
                with otherwise:
                    self.call_std("_write_str", [buf, self.m.str_const("None")])
        elif isinstance(ty, T.TupleType):
            self.call_std("_write_str", [buf, self.m.str_const("(")])
            for i, et in enumerate(ty.elems):
                if i:
                    self.call_std("_write_str", [buf, self.m.str_const(", ")])
                self.write(buf, b.extract_value(v, i), et)
            self.call_std("_write_str", [buf, self.m.str_const(")")])
        elif isinstance(ty, T.StructType):
            f = ty.info.methods["write_to"].funcs[0]
            self.call_func(f, [v, buf])
        elif ty == T.NONE:
            self.call_std("_write_str", [buf, self.m.str_const("None")])
        elif ty == T.DTYPE:
            self.call_std("_write_str", [buf, v])
        elif isinstance(ty, T.SimdType):
            self.call_std("_write_str", [buf, self.m.str_const("[")])
            for i in range(ty.width):
                if i:
                    self.call_std("_write_str", [buf, self.m.str_const(", ")])
                self.write(buf, b.extract_element(v, ir.Constant(I32, i)), ty.elem)
            self.call_std("_write_str", [buf, self.m.str_const("]")])
        else:
            raise NotImplementedError(f"write {ty}")

    def make_error(self, msg: ir.Value) -> ir.Value:
        return msg  # an Error is its message

    # ------------------------------------------------------------ expressions
    def expr(self, e: A.Expr) -> ir.Value:
        if e.const is not None:  # folded at compile time
            c = self.constant(e.const, e.ty)
            if c is not None:
                return c
        return getattr(self, "expr_" + type(e).__name__)(e)

    def constant(self, v: Any, ty: T.Type) -> ir.Value | None:
        ty = T.materialize(ty)
        if isinstance(ty, T.IntType):
            return ir.Constant(ir.IntType(ty.bits), ty.wrap(int(v)))
        if isinstance(ty, T.FloatType):
            return ir.Constant(self.m.lltype(ty), _to_float(v))
        if ty == T.BOOL:
            return ir.Constant(I1, int(bool(v)))
        if ty == T.STRING and isinstance(v, str):
            return self.m.str_const(v)
        if isinstance(ty, T.FuncType) and isinstance(v, FuncInfo):
            return self.m.function(v)
        if ty == T.DTYPE and isinstance(v, T.Type):
            return self.m.str_const(T.dtype_name(v))
        if isinstance(ty, T.ListType) and isinstance(v, tuple):  # a comptime list
            return self.list_from(ty.elem, [self.constant(x, ty.elem) for x in v])
        return None

    def expr_Name(self, e: A.Name) -> ir.Value:
        sym = e.sym
        if isinstance(sym, LocalVar):
            return self.b.load(self.local_slot(sym), typ=self.m.lltype(sym.ty))
        if isinstance(sym, GlobalConst):
            if sym.value is not None:
                return self.constant(sym.value, sym.ty)
            return self.b.load(self.m.global_var(sym), typ=self.m.lltype(sym.ty))
        raise NotImplementedError(f"name {e.id} ({type(sym).__name__})")

    def expr_Transfer(self, e: A.Transfer) -> ir.Value:
        return self.expr(e.value)

    def expr_TupleExpr(self, e: A.TupleExpr) -> ir.Value:
        llty = self.m.lltype(e.ty)
        agg = ir.Constant(llty, ir.Undefined)
        for i, x in enumerate(e.elts):
            agg = self.b.insert_value(agg, self.expr(x), i)
        return agg

    def expr_ListExpr(self, e: A.ListExpr) -> ir.Value:
        return self.list_from(e.ty.elem, [self.expr(x) for x in e.elts])

    def expr_Attribute(self, e: A.Attribute) -> ir.Value:
        if _addressable(e.value):
            return self.b.load(self.lvalue(e), typ=self.m.lltype(e.ty))
        base = self.expr(e.value)
        return self.b.extract_value(base, e.value.ty.info.fields[e.attr][0])

    def expr_Subscript(self, e: A.Subscript) -> ir.Value:
        vty = e.value.ty
        if isinstance(vty, (T.ListType, T.PointerType)):
            return self.b.load(self.lvalue(e), typ=self.m.lltype(e.ty))
        if isinstance(vty, T.TupleType):
            return self.b.extract_value(self.expr(e.value), e.indices[0].const)
        if isinstance(vty, T.SimdType):
            return self.b.extract_element(self.expr(e.value), self.expr(e.indices[0]))
        if e.call == "str_byte":
            return self.call_std("_str_byte", [self.expr(e.value), self.expr(e.indices[0])])
        if e.call == "str_slice":
            s = self.expr(e.value)
            start = self.expr(e.indices[0]) if e.indices[0].ty != T.NONE else ir.Constant(I64, 0)
            stop = self.expr(e.indices[1]) if e.indices[1].ty != T.NONE else self.b.extract_value(s, 1)
            return self.call_std("_str_slice", [s, start, stop])
        raise NotImplementedError(f"subscript of {vty}")

    def expr_IfExp(self, e: A.IfExp) -> ir.Value:
        b = self.b
        cond = self.expr(e.cond)
        slot = self.alloca(self.m.lltype(e.ty))
        with b.if_else(cond) as (then, otherwise):
            with then:
                b.store(self.expr(e.then), slot)
            with otherwise:
                b.store(self.expr(e.orelse), slot)
        return b.load(slot, typ=self.m.lltype(e.ty))

    def expr_BoolOp(self, e: A.BoolOp) -> ir.Value:
        b = self.b
        slot = self.alloca(I1)
        left = self.expr(e.left)
        b.store(left, slot)
        cond = left if e.op == "and" else b.not_(left)
        with b.if_then(cond):
            b.store(self.expr(e.right), slot)
        return b.load(slot, typ=I1)

    def expr_UnaryOp(self, e: A.UnaryOp) -> ir.Value:
        if e.call is not None:
            return self.expr(e.call)
        b = self.b
        v = self.expr(e.operand)
        ty = T.materialize(e.ty)
        if e.op == "not":
            return b.not_(v)
        if e.op == "+":
            return v
        if e.op == "~":
            return b.not_(v)
        if isinstance(ty, T.FloatType):
            return b.fneg(v)
        return b.neg(v)

    def expr_BinOp(self, e: A.BinOp) -> ir.Value:
        if e.call is not None:
            return self.expr(e.call)
        ty = T.materialize(e.ty)
        b = self.b
        if ty == T.STRING:
            a, c = self.expr(e.left), self.expr(e.right)
            if e.op == "+":
                return self.call_std("_str_concat", [a, c])
            return self.call_std("_str_repeat", [a, c])
        a, c = self.expr(e.left), self.expr(e.right)
        op = e.op
        if isinstance(ty, T.SimdType):
            ty = ty.elem  # the same instructions, on vectors
        if ty == T.BOOL:
            return {"&": b.and_, "|": b.or_, "^": b.xor}[op](a, c)
        if isinstance(ty, T.FloatType):
            fm = self.fm
            if op == "+":
                return b.fadd(a, c, flags=fm)
            if op == "-":
                return b.fsub(a, c, flags=fm)
            if op == "*":
                return b.fmul(a, c, flags=fm)
            if op == "/":
                return b.fdiv(a, c, flags=fm)
            if op == "//":
                return b.call(self.m.intrinsic("llvm.floor", a.type), [b.fdiv(a, c)])
            if op == "%":
                r = b.frem(a, c)
                zero = _splat(a.type, 0.0)
                fix = b.and_(b.fcmp_ordered("!=", r, zero),
                             b.xor(b.fcmp_ordered("<", r, zero), b.fcmp_ordered("<", c, zero)))
                return b.select(fix, b.fadd(r, c), r)
            if op == "**":
                return b.call(self.m.intrinsic("llvm.pow", a.type, 2), [a, c])
            raise NotImplementedError(op)
        assert isinstance(ty, T.IntType)
        if op == "+":
            return b.add(a, c)
        if op == "-":
            return b.sub(a, c)
        if op == "*":
            return b.mul(a, c)
        if op in ("/", "//", "%"):
            return self.int_divmod(op, a, c, ty)
        if op == "&":
            return b.and_(a, c)
        if op == "|":
            return b.or_(a, c)
        if op == "^":
            return b.xor(a, c)
        if op == "<<":
            return b.shl(a, c)
        if op == ">>":
            return b.ashr(a, c) if ty.signed else b.lshr(a, c)
        if op == "**":
            return b.call(self.int_pow_fn(ty), [a, c])
        raise NotImplementedError(op)

    def int_divmod(self, op: str, a: ir.Value, c: ir.Value, ty: T.IntType) -> ir.Value:
        """Mojo semantics: `/` truncates, `//` and `%` floor; division by zero gives 0."""
        b = self.b
        t = a.type
        zero, one, minus1 = _splat(t, 0), _splat(t, 1), _splat(t, -1)
        is_zero = b.icmp_unsigned("==", c, zero)
        if not ty.signed:
            safe = b.select(is_zero, one, c)
            r = b.udiv(a, safe) if op != "%" else b.urem(a, safe)
            return b.select(is_zero, zero, r)
        is_m1 = b.icmp_signed("==", c, minus1)
        safe = b.select(b.or_(is_zero, is_m1), one, c)
        q = b.sdiv(a, safe)
        r = b.srem(a, safe)
        if op == "/":
            out = b.select(is_m1, b.neg(a), q)
        elif op == "//":
            adjust = b.and_(b.icmp_signed("!=", r, zero), b.icmp_signed("<", b.xor(r, c), zero))
            out = b.select(adjust, b.sub(q, one), q)
            out = b.select(is_m1, b.neg(a), out)
        else:
            adjust = b.and_(b.icmp_signed("!=", r, zero), b.icmp_signed("<", b.xor(r, c), zero))
            out = b.select(adjust, b.add(r, c), r)
            out = b.select(is_m1, zero, out)
        return b.select(is_zero, zero, out)

    def int_pow_fn(self, ty: T.IntType) -> ir.Function:
        key = ("ipow", ty.bits)
        fn = self.m.helpers.get(key)
        if fn is not None:
            return fn
        t = ir.IntType(ty.bits)
        fn = ir.Function(self.m.mod, ir.FunctionType(t, [t, t]), name=f"mojito.ipow.i{ty.bits}")
        fn.linkage = "internal"
        base, exp = fn.args
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        loop, body, done = fn.append_basic_block("loop"), fn.append_basic_block("body"), fn.append_basic_block("done")
        entry = b.block
        b.branch(loop)
        b.position_at_end(loop)
        r = b.phi(t)
        x = b.phi(t)
        n = b.phi(t)
        r.add_incoming(ir.Constant(t, 1), entry)
        x.add_incoming(base, entry)
        n.add_incoming(exp, entry)
        b.cbranch(b.icmp_signed(">", n, ir.Constant(t, 0)), body, done)
        b.position_at_end(body)
        odd = b.trunc(n, I1)
        r2 = b.select(odd, b.mul(r, x), r)
        x2 = b.mul(x, x)
        n2 = b.lshr(n, ir.Constant(t, 1))
        r.add_incoming(r2, body)
        x.add_incoming(x2, body)
        n.add_incoming(n2, body)
        b.branch(loop)
        b.position_at_end(done)
        b.ret(r)
        self.m.helpers[key] = fn
        return fn

    def expr_Compare(self, e: A.Compare) -> ir.Value:
        b = self.b
        operands = [e.left] + e.comparators
        if len(e.ops) == 1:
            return self.compare_one(e.ops[0], e.calls[0], operands[0], operands[1], None, None)
        slot = self.alloca(I1)
        b.store(ir.Constant(I1, 0), slot)
        end = self.new_block("cmp.end")
        left_v = self.expr(operands[0])
        for i, op in enumerate(e.ops):
            right_v = self.expr(operands[i + 1])
            r = self.compare_one(op, e.calls[i], operands[i], operands[i + 1], left_v, right_v)
            if i == len(e.ops) - 1:
                b.store(r, slot)
                b.branch(end)
            else:
                nxt = self.new_block("cmp.next")
                b.cbranch(r, nxt, end)
                b.position_at_end(nxt)
            left_v = right_v
        b.position_at_end(end)
        return b.load(slot, typ=I1)

    def compare_one(self, op: str, how: Any, left: A.Expr, right: A.Expr, lv: ir.Value | None,
                    rv: ir.Value | None) -> ir.Value:
        b = self.b
        kind = how[0]
        if kind in ("method", "method_not"):
            v = self.expr(how[1])
            return b.not_(v) if kind == "method_not" else v
        if kind == "opt_is_none":
            v = lv if lv is not None else self.expr(left)
            has = b.extract_value(v, 0)
            return has if how[1] else b.not_(has)
        lv = lv if lv is not None else self.expr(left)
        rv = rv if rv is not None else self.expr(right)
        if kind == "list_in":
            found = self.alloca(I1)
            b.store(ir.Constant(I1, 0), found)
            with self.loop_list(rv, right.ty.elem) as (i, x):
                with b.if_then(self.equal(x, lv, right.ty.elem)):
                    b.store(ir.Constant(I1, 1), found)
            r = b.load(found, typ=I1)
            return b.not_(r) if how[1] else r
        if kind == "str_in":
            r = self.call_std("_str_contains", [rv, lv])
            return b.not_(r) if how[1] else r
        if kind == "str":
            if op in ("==", "!="):
                r = self.call_std("_str_eq", [lv, rv])
                return r if op == "==" else b.not_(r)
            c = self.call_std("_str_cmp", [lv, rv])
            return b.icmp_signed(op, c, ir.Constant(I64, 0))
        if kind == "tuple":
            r = self.equal(lv, rv, T.materialize(left.ty))
            return r if op == "==" else b.not_(r)
        ty = T.materialize(left.ty if left.ty not in T.LITERALS else right.ty)
        if isinstance(ty, T.FloatType):
            if op == "!=":
                return b.fcmp_unordered("!=", lv, rv)
            return b.fcmp_ordered(op, lv, rv)
        if isinstance(ty, T.IntType) and not ty.signed:
            return b.icmp_unsigned(op, lv, rv)
        return b.icmp_signed(op, lv, rv)

    def splat(self, v: ir.Value, st: T.SimdType) -> ir.Value:
        vt = self.m.lltype(st)
        one = self.b.insert_element(ir.Constant(vt, ir.Undefined), v, ir.Constant(I32, 0))
        return self.b.shuffle_vector(one, ir.Constant(vt, ir.Undefined),
                                     ir.Constant(ir.VectorType(I32, st.width), [0] * st.width))

    def expr_Convert(self, e: A.Convert) -> ir.Value:
        b = self.b
        src, dst = T.materialize(e.value.ty), T.materialize(e.ty)
        if isinstance(dst, T.SimdType) and not isinstance(src, T.SimdType):
            return self.splat(self.expr(e.value), dst)
        if isinstance(dst, T.OptionalType):
            llty = self.m.lltype(dst)
            if src == T.NONE:
                return ir.Constant(llty, None)
            if isinstance(src, T.OptionalType):
                return self.expr(e.value)
            v = self.expr(e.value)
            return b.insert_value(b.insert_value(ir.Constant(llty, ir.Undefined), ir.Constant(I1, 1), 0), v, 1)
        v = self.expr(e.value)
        if src == dst:
            return v
        if dst == T.BOOL:
            if isinstance(src, T.IntType):
                return b.icmp_unsigned("!=", v, ir.Constant(v.type, 0))
            if isinstance(src, T.FloatType):
                return b.fcmp_unordered("!=", v, ir.Constant(v.type, 0.0))
            if src == T.STRING:
                return b.icmp_signed("!=", b.extract_value(v, 1), ir.Constant(I64, 0))
            if isinstance(src, T.ListType):
                return b.icmp_signed("!=", self.list_len(v), ir.Constant(I64, 0))
            if isinstance(src, T.OptionalType):
                return b.extract_value(v, 0)
        if dst == T.ERROR and src == T.STRING:
            return v
        if isinstance(dst, T.IntType):
            if isinstance(src, (T.IntType,)) or src in (T.BOOL, T.CODEPOINT):
                sw = v.type.width
                if sw == dst.bits:
                    return v
                if sw > dst.bits:
                    return b.trunc(v, ir.IntType(dst.bits))
                signed = isinstance(src, T.IntType) and src.signed
                return b.sext(v, ir.IntType(dst.bits)) if signed else b.zext(v, ir.IntType(dst.bits))
            if isinstance(src, T.FloatType):
                name = "llvm.fptosi.sat" if dst.signed else "llvm.fptoui.sat"
                full = f"{name}.i{dst.bits}.{_suffix(v.type)}"
                fn = self.m.mod.globals.get(full) or ir.Function(
                    self.m.mod, ir.FunctionType(ir.IntType(dst.bits), [v.type]), name=full)
                return b.call(fn, [v])
        if isinstance(dst, T.FloatType):
            llty = self.m.lltype(dst)
            if isinstance(src, T.IntType):
                return b.sitofp(v, llty) if src.signed else b.uitofp(v, llty)
            if src == T.BOOL:
                return b.uitofp(v, llty)
            if isinstance(src, T.FloatType):
                return b.fpext(v, llty) if dst.bits > src.bits else b.fptrunc(v, llty)
        raise NotImplementedError(f"convert {src} -> {dst}")

    # ------------------------------------------------------------ calls
    def call_func(self, f: FuncInfo, values: list[ir.Value], span: Any = None) -> ir.Value:
        """Call f with already-lowered arguments (pointers for mut/ref parameters)."""
        fn = self.m.function(f)
        if f.slot is not None and self.m.session and f is not self.f:
            # Through the slot: a later cell may have redefined f.
            fn = _FnPointer(self.b.load(self.m.slot(f), typ=PTR), fn.function_type)
        return self.call_value(fn, f, values)

    def call_value(self, fn: Any, f: FuncInfo, values: list[ir.Value]) -> ir.Value:
        args = list(values)
        if f.raises:
            if self._call_err is None:
                self._call_err = self.alloca(STR, "callerr")
            args.insert(0, self._call_err)
        result = self.b.call(fn, args)
        if not f.raises:
            return result
        b = self.b
        failed = b.extract_value(result, 0) if isinstance(result.type, ir.LiteralStructType) else result
        ok_bb, err_bb = self.new_block("call.ok"), self.new_block("call.err")
        b.cbranch(failed, err_bb, ok_bb)
        b.position_at_end(err_bb)
        self.emit_raise(b.load(self._call_err, typ=STR))
        b.position_at_end(ok_bb)
        if isinstance(result.type, ir.LiteralStructType):
            return b.extract_value(result, 1)
        return result

    def arg_values(self, f: FuncInfo, args: list[A.Expr]) -> list[ir.Value]:
        out = []
        params = [p for p in f.params if p.convention != "out"]
        for p, a in zip(params, args):
            if p.convention in ("mut", "ref"):
                out.append(self.lvalue(a) if _addressable(a) else self.spill(self.expr(a)))
            else:
                out.append(self.expr(a))
        return out

    def expr_Call(self, e: A.Call) -> ir.Value:
        tgt = e.target
        kind = tgt[0]
        b = self.b
        if kind == "func":
            f: FuncInfo = tgt[1]
            if f.intrinsic and f.intrinsic.startswith("__libc_"):
                # `def __libc_NAME(...) -> R: ...` in the stdlib calls the C function NAME.
                ret = VOID if f.ret == T.NONE else self.m.lltype(f.ret)
                fn = self.m.libc(f.intrinsic[7:], ret, [self.m.lltype(p.ty) for p in f.params])
                r = b.call(fn, [self.expr(a) for a in e.bound_args])
                return r if f.ret != T.NONE else ir.Constant(ir.LiteralStructType([]), None)
            if f.intrinsic:
                return self.intrinsic_call(f.intrinsic, [self.expr(a) for a in e.bound_args])
            r = self.call_func(f, self.arg_values(f, e.bound_args))
            return r if f.ret != T.NONE else ir.Constant(ir.LiteralStructType([]), None)
        if kind == "ctor":
            f = tgt[2]
            return self.call_func(f, self.arg_values(f, e.bound_args))
        if kind == "fieldwise":
            llty = self.m.lltype(tgt[1].ty)
            agg = ir.Constant(llty, ir.Undefined)
            for i, a in enumerate(e.bound_args):
                agg = b.insert_value(agg, self.expr(a), i)
            return agg
        if kind == "print":
            buf = self.new_buffer()
            sep = self.expr(e.print_sep) if e.print_sep is not None else self.m.str_const(" ")
            for i, a in enumerate(e.bound_args):
                if i:
                    self.call_std("_write_str", [buf, sep])
                self.write(buf, self.expr(a), a.ty)
            end = self.expr(e.print_end) if e.print_end is not None else self.m.str_const("\n")
            self.call_std("_write_str", [buf, end])
            self.call_std("_buf_flush", [buf, ir.Constant(I64, 1)])
            return ir.Constant(ir.LiteralStructType([]), None)
        if kind == "writer_write":
            buf = self.lvalue(e.bound_args[0])
            for a in e.bound_args[1:]:
                self.write(buf, self.expr(a), a.ty)
            return ir.Constant(ir.LiteralStructType([]), None)
        if kind in ("to_string", "repr"):
            buf = self.new_buffer()
            a = e.bound_args[0]
            self.write(buf, self.expr(a), a.ty)
            return self.call_std("_buf_take", [buf])
        if kind == "const":
            return self.constant(e.const, e.ty)
        if kind == "addr_of":
            return self.lvalue(e.bound_args[0])
        if kind.startswith("simd_"):
            return self.simd_call(kind, tgt, e)
        if kind == "indirect":
            fty: T.FuncType = tgt[1]
            proto = FuncInfo("<fn>", None, [ParamInfo(f"a{i}", t, "read", None, False, e.span)
                                            for i, t in enumerate(fty.params)], fty.ret, fty.raises, "")
            llfty = self.m.func_type(proto)
            pointer = _FnPointer(self.expr(e.func), llfty)
            return self.call_value(pointer, proto, [self.expr(a) for a in e.bound_args])
        if kind == "identity":
            return self.expr(e.bound_args[0])
        if kind == "len":
            return self.list_len(self.expr(e.bound_args[0]))
        if kind == "str_len":
            return b.extract_value(self.expr(e.bound_args[0]), 1)
        if kind == "list_method":
            r = self.list_method(tgt[1], e.bound_args, e)
            return r if r is not None else ir.Constant(ir.LiteralStructType([]), None)
        if kind == "list_new":
            return self.list_new(e.ty.elem)
        if kind == "list_filled":
            n = self.expr(e.bound_args[0])
            fill = self.expr(e.bound_args[1])
            lst = self.list_new(e.ty.elem, n)
            data = self.list_data(lst)
            elty = self.m.lltype(e.ty.elem)
            with self.loop_range(n) as i:
                b.store(fill, b.gep(data, [i], source_etype=elty))
            b.store(n, self.list_len_ptr(lst))
            return lst
        if kind == "sort":
            self.sort_list(self.expr(e.bound_args[0]), e.bound_args[0].ty.elem)
            return ir.Constant(ir.LiteralStructType([]), None)
        if kind == "error":
            return self.expr(e.bound_args[0]) if e.bound_args else self.m.str_const("")
        if kind == "copy":
            return self.expr(e.bound_args[0])
        if kind == "opt_value":
            v = self.expr(e.bound_args[0])
            with b.if_then(b.not_(b.extract_value(v, 0)), likely=False):
                self.call_std("_abort_msg", [self.m.str_const(
                    f"At: {e.span.file}:{e.span.line}:{e.span.col}: Assert Error: .value() on empty Optional")])
                b.unreachable()
            return b.extract_value(v, 1)
        if kind == "opt_or_else":
            v = self.expr(e.bound_args[0])
            d = self.expr(e.bound_args[1])
            return b.select(b.extract_value(v, 0), b.extract_value(v, 1), d)
        if kind in ("abs", "min", "max"):
            vals = [self.expr(a) for a in e.bound_args]
            ty = T.materialize(e.ty)
            if kind == "abs":
                v = vals[0]
                if isinstance(ty, T.FloatType):
                    return b.call(self.m.intrinsic("llvm.fabs", v.type), [v])
                return b.select(b.icmp_signed("<", v, ir.Constant(v.type, 0)), b.neg(v), v) if ty.signed else v
            acc = vals[0]
            for v in vals[1:]:
                lt = self.less(v, acc, ty) if kind == "min" else self.less(acc, v, ty)
                acc = b.select(lt, v, acc)
            return acc
        if kind == "math":
            return self.math_call(tgt[1], [self.expr(a) for a in e.bound_args])
        if kind == "iter":
            raise NotImplementedError("iterators are only usable in a for loop")
        raise NotImplementedError(f"call kind {kind}")

    def simd_call(self, kind: str, tgt: tuple, e: A.Call) -> ir.Value:
        b = self.b
        st = e.ty
        if kind == "simd_splat":
            return self.splat(self.expr(e.bound_args[0]), st)
        if kind == "simd_lanes":
            v = ir.Constant(self.m.lltype(st), ir.Undefined)
            for i, a in enumerate(e.bound_args):
                v = b.insert_element(v, self.expr(a), ir.Constant(I32, i))
            return v
        src: T.SimdType = e.bound_args[0].ty
        v = self.expr(e.bound_args[0])
        if kind == "simd_reduce":
            # Halve until one lane is left (the order Mojo's reductions use).
            op, w, elem = tgt[1], src.width, src.elem
            while w > 1:
                half = w // 2
                lo = b.shuffle_vector(v, v, ir.Constant(ir.VectorType(I32, half), list(range(half))))
                hi = b.shuffle_vector(v, v, ir.Constant(ir.VectorType(I32, half), list(range(half, w))))
                v, w = self.lanewise(op, lo, hi, elem), half
            return b.extract_element(v, ir.Constant(I32, 0))
        if kind == "simd_mask":
            other = self.expr(e.bound_args[1])
            op = tgt[1]
            if isinstance(src.elem, T.FloatType):
                return b.fcmp_unordered(op, v, other) if op == "!=" else b.fcmp_ordered(op, v, other)
            if isinstance(src.elem, T.IntType) and not src.elem.signed:
                return b.icmp_unsigned(op, v, other)
            return b.icmp_signed(op, v, other)
        if kind == "simd_select":
            return b.select(v, self.expr(e.bound_args[1]), self.expr(e.bound_args[2]))
        if kind == "simd_shuffle":
            return b.shuffle_vector(v, v, ir.Constant(ir.VectorType(I32, len(tgt[1])), list(tgt[1])))
        if kind == "simd_cast":
            return self.convert_lanes(v, src.elem, st.elem, self.m.lltype(st))
        raise NotImplementedError(kind)

    def lanewise(self, op: str, a: ir.Value, c: ir.Value, elem: T.Type) -> ir.Value:
        b = self.b
        if op in ("max", "min"):
            lt = self.less(c, a, elem) if op == "min" else self.less(a, c, elem)
            return b.select(lt, c, a)
        if isinstance(elem, T.FloatType):
            return {"+": b.fadd, "*": b.fmul}[op](a, c)
        return {"+": b.add, "*": b.mul, "&": b.and_, "|": b.or_}[op](a, c)

    def convert_lanes(self, v: ir.Value, src: T.Type, dst: T.Type, llty: ir.Type) -> ir.Value:
        b = self.b
        if isinstance(dst, T.FloatType):
            if isinstance(src, T.FloatType):
                return b.fpext(v, llty) if dst.bits > src.bits else b.fptrunc(v, llty) if dst.bits < src.bits else v
            return b.sitofp(v, llty) if isinstance(src, T.IntType) and src.signed else b.uitofp(v, llty)
        if isinstance(src, T.FloatType):
            return b.fptosi(v, llty) if dst == T.BOOL or dst.signed else b.fptoui(v, llty)
        sw = 1 if src == T.BOOL else src.bits
        dw = 1 if dst == T.BOOL else dst.bits
        if dw == 1 and sw > 1:
            return b.icmp_unsigned("!=", v, _splat(v.type, 0))
        if dw < sw:
            return b.trunc(v, llty)
        if dw > sw:
            return b.sext(v, llty) if isinstance(src, T.IntType) and src.signed else b.zext(v, llty)
        return v

    def math_call(self, name: str, vals: list[ir.Value]) -> ir.Value:
        b = self.b
        t = vals[0].type
        if name == "isnan":
            return b.fcmp_unordered("uno", vals[0], vals[0])
        if name == "isinf":
            return b.fcmp_ordered("==", b.call(self.m.intrinsic("llvm.fabs", t), [vals[0]]),
                                  ir.Constant(t, float("inf")))
        if name in _LLVM_MATH:
            return b.call(self.m.intrinsic(_LLVM_MATH[name], t, len(vals)), vals)
        cname = _LIBM[name] + ("f" if isinstance(t, ir.FloatType) else "")
        fn = self.m.libc(cname, t, [t] * len(vals))
        return b.call(fn, vals)

    def sort_list(self, lst: ir.Value, elem: T.Type) -> None:
        """Insertion sort for short lists, which is what programs here sort."""
        b = self.b
        elty = self.m.lltype(elem)
        n = self.list_len(lst)
        with self.loop_range(n) as i:
            data = self.list_data(lst)
            key = b.load(b.gep(data, [i], source_etype=elty), typ=elty)
            j = self.alloca(I64)
            b.store(i, j)
            cond_bb, body_bb, end_bb = self.new_block("sort.cond"), self.new_block("sort.body"), self.new_block("sort.end")
            b.branch(cond_bb)
            b.position_at_end(cond_bb)
            jv = b.load(j, typ=I64)
            positive = b.icmp_signed(">", jv, ir.Constant(I64, 0))
            check_bb = self.new_block("sort.check")
            b.cbranch(positive, check_bb, end_bb)
            b.position_at_end(check_bb)
            prev = b.load(b.gep(data, [b.sub(jv, ir.Constant(I64, 1))], source_etype=elty), typ=elty)
            b.cbranch(self.less(key, prev, elem), body_bb, end_bb)
            b.position_at_end(body_bb)
            b.store(prev, b.gep(data, [jv], source_etype=elty))
            b.store(b.sub(jv, ir.Constant(I64, 1)), j)
            b.branch(cond_bb)
            b.position_at_end(end_bb)
            b.store(key, b.gep(data, [b.load(j, typ=I64)], source_etype=elty))

    def intrinsic_call(self, name: str, v: list[ir.Value]) -> ir.Value:
        b = self.b
        m = self.m
        if name == "__malloc":
            return b.call(m.libc("malloc", PTR, [I64]), [b.add(v[0], ir.Constant(I64, 1))])
        if name == "__realloc":
            return b.call(m.libc("realloc", PTR, [PTR, I64]), v)
        if name == "__free":
            b.call(m.libc("free", VOID, [PTR]), v)
            return ir.Constant(ir.LiteralStructType([]), None)
        if name == "__memcpy":
            b.call(m.libc("memcpy", PTR, [PTR, PTR, I64]), v)
            return ir.Constant(ir.LiteralStructType([]), None)
        if name == "__memcmp":
            r = b.call(m.libc("memcmp", I32, [PTR, PTR, I64]), v)
            return b.sext(r, I64)
        if name == "__load_byte":
            return b.load(b.gep(v[0], [v[1]], source_etype=I8), typ=I8)
        if name == "__store_byte":
            b.store(v[2], b.gep(v[0], [v[1]], source_etype=I8))
            return ir.Constant(ir.LiteralStructType([]), None)
        if name == "__ptr_add":
            return b.gep(v[0], [v[1]], source_etype=I8)
        if name == "__str_ptr":
            return b.extract_value(v[0], 0)
        if name == "__str_wrap":
            return b.insert_value(b.insert_value(ir.Constant(STR, ir.Undefined), v[0], 0), v[1], 1)
        if name == "__write_fd":
            # A notebook session installs a hook that streams output to the client instead.
            hook = b.load(m.runtime_global("mojito_write_hook", PTR), typ=PTR)
            has = b.icmp_unsigned("!=", b.ptrtoint(hook, I64), ir.Constant(I64, 0))
            with b.if_else(has) as (then, otherwise):
                with then:
                    b.call(_FnPointer(hook, ir.FunctionType(VOID, [I64, PTR, I64])), [v[0], v[1], v[2]])
                with otherwise:
                    b.call(m.libc("write", I64, [I32, PTR, I64]), [b.trunc(v[0], I32), v[1], v[2]])
            return ir.Constant(ir.LiteralStructType([]), None)
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
            d = b.call(m.libc("strtod", F64, [PTR, PTR]), [tmp, endp])
            used = b.sub(b.ptrtoint(b.load(endp, typ=PTR), I64), b.ptrtoint(tmp, I64))
            b.call(m.libc("free", VOID, [PTR]), [tmp])
            return d if name == "__strtod" else used
        if name == "__f32_round":
            return b.fpext(b.fptrunc(v[0], F32), F64)
        if name == "__argc":
            return b.load(m.runtime_global("mojito_argc", I64), typ=I64)
        if name == "__argv_at":
            argv = b.load(m.runtime_global("mojito_argv", PTR), typ=PTR)
            cstr = b.load(b.gep(argv, [v[0]], source_etype=PTR), typ=PTR)
            n = b.call(m.libc("strlen", I64, [PTR]), [cstr])
            return b.insert_value(b.insert_value(ir.Constant(STR, ir.Undefined), cstr, 0), n, 1)
        if name == "__clock_ns":
            ts = self.alloca(ir.LiteralStructType([I64, I64]))
            b.call(m.libc("clock_gettime", I32, [I32, PTR]), [ir.Constant(I32, 1), ts])
            sec = b.load(b.gep(ts, [ir.Constant(I32, 0), ir.Constant(I32, 0)],
                               source_etype=ir.LiteralStructType([I64, I64])), typ=I64)
            nsec = b.load(b.gep(ts, [ir.Constant(I32, 0), ir.Constant(I32, 1)],
                                source_etype=ir.LiteralStructType([I64, I64])), typ=I64)
            return b.add(b.mul(sec, ir.Constant(I64, 1_000_000_000)), nsec)
        if name == "__exit":
            self.emit_exit(v[0])
            return ir.Constant(ir.LiteralStructType([]), None)
        raise NotImplementedError(name)


def _splat(t: ir.Type, v: Any) -> ir.Constant:
    """A constant of type t: every lane of a vector type gets v."""
    if isinstance(t, ir.VectorType):
        return ir.Constant(t, [v] * t.count)
    return ir.Constant(t, v)


def _to_float(v: Any) -> float:
    if isinstance(v, float):
        return v
    try:
        return float(Fraction(v))  # correctly rounded
    except OverflowError:
        return float("inf") if v > 0 else float("-inf")


def _addressable(e: A.Expr) -> bool:
    if isinstance(e, A.Name):
        return isinstance(e.sym, LocalVar) or (isinstance(e.sym, GlobalConst) and e.sym.value is None)
    if isinstance(e, A.Attribute):
        return _addressable(e.value)
    if isinstance(e, A.Subscript):
        return isinstance(e.value.ty, (T.ListType, T.PointerType)) or (
            isinstance(e.value.ty, T.SimdType) and _addressable(e.value))
    return False


def _bracket_span(e: A.Expr) -> Any:
    """Mojo reports an out-of-bounds index at the '[' of the subscript."""
    if isinstance(e, A.Subscript):
        v = e.value.span
        return type(v)(v.file, v.end_line, v.end_col, v.end_line, v.end_col + 1)
    if isinstance(e, A.Call):  # `xs.pop(i)`: at its '(', as Mojo reports it
        return e.lparen
    return e.span
