"""One LLVM module: types, declarations, globals, glue, and the entry points around user code.

`lower_functions` runs the middle of the pipeline for each function: IR builder -> ownership pass
-> (verifier, when MOJITO_VERIFY_IR is set or in tests) -> FunctionLowering.
"""

from __future__ import annotations

import os
from typing import Any

from llvmlite import ir

from ..check import types as T
from ..check.symbols import FuncInfo, GlobalConst, LocalVar
from ..diagnostics import CompileInterrupted
from ..ir import nodes as N
from ..ir.builder import FunctionBuilder, build_globals_init
from ..ir.verifier import verify
from ..passes import ownership
from .function import FunctionLowering
from . import stackguard
from .runtime import F32, F64, I1, I8, I32, I64, PTR, STR, VOID, Emitter, emit_glue, emit_sort

# Process-wide runtime state, defined by the standard library's module.
RUNTIME_GLOBALS = {"mojito_argc": I64, "mojito_argv": PTR, "mojito_write_hook": PTR, "mojito_jmpbuf": PTR,
                   "mojito_interrupt": I32, "mojito_allocs": I64, "mojito_frees": I64,
                   "mojito_overflow_fn": PTR,  # stackguard.py
                   "mojito_random_state": ir.ArrayType(I64, 8),  # std.random's generator (random.mojo)
                   "mojito_autotune_table": ir.ArrayType(I64, 128)}  # 2023 search[] choices (utils.legacy2023)


class ModuleLowering:
    """Builds one LLVM module. `define` says which functions get bodies here; the rest are declared
    (they live in the separately compiled standard library)."""

    def __init__(self, globals_scope: Any, *, name: str, triple: str, data_layout: str, target_data: Any,
                 fp_contract: bool = True, owns_runtime: bool = False, session: bool = False,
                 count_allocs: bool = False):
        self.mod = ir.Module(name=name)
        self.mod.triple = triple
        self.mod.data_layout = data_layout
        self.td = target_data
        self.globals_scope = globals_scope
        self.contract = fp_contract
        self.count_allocs = count_allocs  # allocate through the counting mojito_malloc & co.
        self.funcs: dict[FuncInfo, ir.Function] = {}
        self.helpers: dict[tuple, ir.Function] = {}
        self.strings: dict[str, ir.GlobalVariable] = {}
        self.global_vars: dict[GlobalConst, ir.GlobalVariable] = {}
        self.defining: set[FuncInfo] = set()
        self.ir_functions: list[N.Function] = []  # kept for `--emit=ir`
        self.owns_runtime = owns_runtime  # the standard library's module defines the runtime globals
        # Notebook sessions: calls through slots, session variables in globals, interruptible loops.
        self.session = session
        self.interruptible = session
        self.define_here: set[object] = set()  # session globals (vars, comptime values, slots) this unit defines
        self.lines: Any = None  # a debuginfo.LineTable when emitting code for people to read
        if owns_runtime:
            for gname, llty in RUNTIME_GLOBALS.items():
                self.runtime_global(gname, llty)
            self._define_allocator()

    # ------------------------------------------------------------ globals
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

    def global_ref(self, ref: N.GlobalRef) -> ir.GlobalVariable:
        if isinstance(ref.sym, LocalVar):
            return self.session_var(ref.sym)
        if isinstance(ref.sym, GlobalConst):
            return self.global_var(ref.sym)
        return self.external_global(ref.name, self.lltype(ref.ty), ref.define)

    # ------------------------------------------------------------ types
    def lltype(self, ty: T.Type) -> ir.Type:
        ty = T.materialize(ty)
        if isinstance(ty, T.IntType):
            return ir.IntType(ty.bits)
        if isinstance(ty, T.FloatType):
            return {16: ir.HalfType(), 32: F32, 64: F64}[ty.bits]
        if ty == T.BOOL:
            return I1
        if ty in (T.STRING, T.ERROR, T.DTYPE):
            return STR
        if ty in (T.PTR, T.WRITER) or isinstance(ty, (T.ListType, T.PointerType, T.FuncType)):
            return PTR
        if ty == T.CODEPOINT:
            return I32
        if isinstance(ty, T.SimdType):
            return ir.VectorType(self.lltype(ty.elem), ty.width)
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
        return self.globals_scope.names[name].funcs[0]

    def std_method(self, struct: str, name: str) -> FuncInfo:
        return self.globals_scope.names[struct].ty.info.methods[name].funcs[0]

    def libc(self, name: str, ret: ir.Type, args: list[ir.Type], var_arg: bool = False) -> ir.Function:
        fn = self.mod.globals.get(name)
        if fn is None:
            fn = ir.Function(self.mod, ir.FunctionType(ret, args, var_arg=var_arg), name=name)
            if name.startswith(("Py", "_Py")):
                # std.python's C API: weak, so an executable that never uses Python links without
                # libpython (a program that imports std.python is linked with it: driver.py).
                fn.linkage = "extern_weak"
        return fn

    def python_global(self, name: str) -> ir.Value:
        """The address of a CPython data symbol (`_Py_NoneStruct`), weak like the functions."""
        g = self.mod.globals.get(name)
        if g is None:
            g = ir.GlobalVariable(self.mod, ir.IntType(8), name=name)
            g.linkage = "extern_weak"
        return g

    def runtime_fn(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Function:
        """mojito_malloc & co., defined in the standard library's module. Their results are marked
        `noalias`, as libc's malloc is known to be, so LLVM may keep list elements in registers."""
        fn = self.mod.globals.get(name)
        if fn is None:
            fn = ir.Function(self.mod, ir.FunctionType(ret, args), name=name)
            if name in ("mojito_malloc", "mojito_realloc"):
                fn.return_value.add_attribute("noalias")
        return fn

    def intrinsic(self, name: str, ty: ir.Type, nargs: int = 1) -> ir.Function:
        from .ops import suffix

        full = f"{name}.{suffix(ty)}"
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
        return ir.Constant(STR, [g, ir.Constant(I64, len(text.encode("utf-8"))), ir.Constant(PTR, None)])

    def int_pow_fn(self, ty: T.IntType) -> ir.Function:
        key = ("ipow", ty.bits)
        fn = self.helpers.get(key)
        if fn is not None:
            return fn
        t = ir.IntType(ty.bits)
        fn = ir.Function(self.mod, ir.FunctionType(t, [t, t]), name=f"mojito.ipow.i{ty.bits}")
        fn.linkage = "internal"
        base, exp = fn.args
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        loop, body, done = fn.append_basic_block("loop"), fn.append_basic_block("body"), fn.append_basic_block("done")
        entry = b.block
        b.branch(loop)
        b.position_at_end(loop)
        r, x, n = b.phi(t), b.phi(t), b.phi(t)
        r.add_incoming(ir.Constant(t, 1), entry)
        x.add_incoming(base, entry)
        n.add_incoming(exp, entry)
        b.cbranch(b.icmp_signed(">", n, ir.Constant(t, 0)), body, done)
        b.position_at_end(body)
        odd = b.trunc(n, I1)
        r.add_incoming(b.select(odd, b.mul(r, x), r), body)
        x.add_incoming(b.mul(x, x), body)
        n.add_incoming(b.lshr(n, ir.Constant(t, 1)), body)
        b.branch(loop)
        b.position_at_end(done)
        if ty.signed:  # a negative exponent, as Mojo: 1 for 1, +-1 for -1, else 0 (no fraction)
            one, zero = ir.Constant(t, 1), ir.Constant(t, 0)
            minus_one = ir.Constant(t, -1)
            odd_exp = b.trunc(exp, I1)
            neg = b.select(b.icmp_signed("==", base, one), one,
                           b.select(b.icmp_signed("==", base, minus_one), b.select(odd_exp, minus_one, one), zero))
            r = b.select(b.icmp_signed("<", exp, zero), neg, r)
        b.ret(r)
        self.helpers[key] = fn
        return fn

    # ------------------------------------------------------------ lifecycle glue
    def has_move_ctor(self, ty: T.Type) -> bool:
        ty = T.materialize(ty)
        return isinstance(ty, T.StructType) and N.lifecycle(ty.info, "move") is not None

    def glue(self, kind: str, ty: T.Type) -> ir.Function:
        """`destroy`/`copy`/`move` for one type, made once per module (internal linkage)."""
        ty = T.materialize(ty)
        key = (kind, ty)
        fn = self.helpers.get(key)
        if fn is None:
            llty = self.lltype(ty)
            ret = VOID if kind == "destroy" else llty
            name = f"mojito.{kind}.{_mangle(ty)}.{len(self.helpers)}"
            fn = ir.Function(self.mod, ir.FunctionType(ret, [llty]), name=name)
            fn.linkage = "internal"
            self.helpers[key] = fn
            emit_glue(self, kind, ty, fn)
        return fn

    def sort_fn(self, elem: T.Type) -> ir.Function:
        """`sort(List[T])` for one element type (runtime.emit_sort)."""
        elem = T.materialize(elem)
        key = ("sort", elem)
        fn = self.helpers.get(key)
        if fn is None:
            fn = ir.Function(self.mod, ir.FunctionType(VOID, [PTR, I64]), name=f"mojito.sort.{_mangle(elem)}.{len(self.helpers)}")
            fn.linkage = "internal"
            self.helpers[key] = fn
            emit_sort(self, elem, fn)
        return fn

    def _define_allocator(self) -> None:
        """mojito_malloc/realloc/free: libc's, counting allocations and frees (MOJITO_ALLOC_STATS)."""
        allocs, frees = self.runtime_global("mojito_allocs", I64), self.runtime_global("mojito_frees", I64)
        for name, ret, args in (("mojito_malloc", PTR, [I64]), ("mojito_realloc", PTR, [PTR, I64]),
                                ("mojito_free", VOID, [PTR])):
            fn = self.runtime_fn(name, ret, args)
            b = ir.IRBuilder(fn.append_basic_block("entry"))
            if name == "mojito_free":
                b.store(b.add(b.load(frees, typ=I64), ir.Constant(I64, 1)), frees)
                b.call(self.libc("free", VOID, [PTR]), list(fn.args))
                b.ret_void()
                continue
            if name == "mojito_malloc":
                b.store(b.add(b.load(allocs, typ=I64), ir.Constant(I64, 1)), allocs)
            b.ret(b.call(self.libc(name.removeprefix("mojito_"), ret, args), list(fn.args)))
        # At exit, with MOJITO_ALLOC_STATS set: "mojito: N allocations, M frees, K live" on stderr.
        fn = ir.Function(self.mod, ir.FunctionType(VOID, []), name="mojito_alloc_report")
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        env = b.call(self.libc("getenv", PTR, [PTR]), [self.cstring("MOJITO_ALLOC_STATS")])
        with b.if_then(b.icmp_unsigned("!=", b.ptrtoint(env, I64), ir.Constant(I64, 0))):
            a, f = b.load(allocs, typ=I64), b.load(frees, typ=I64)
            b.call(self.libc("dprintf", I32, [I32, PTR], var_arg=True),
                   [ir.Constant(I32, 2), self.cstring("mojito: %ld allocations, %ld frees, %ld live\n"),
                    a, f, b.sub(a, f)])
        b.ret_void()

    # ------------------------------------------------------------ functions
    def build_ir(self, f: FuncInfo) -> N.Function:
        irfn = FunctionBuilder(self, f).build()
        return self.finish_ir(irfn)

    def finish_ir(self, irfn: N.Function) -> N.Function:
        ownership.run(irfn)
        if os.environ.get("MOJITO_VERIFY_IR"):  # the tests verify everything they compile
            verify(irfn)
        self.ir_functions.append(irfn)
        return irfn

    should_stop: Any = None  # a notebook's interrupt, polled between functions

    def lower_functions(self, funcs: list[FuncInfo], internal: bool) -> None:
        self.defining.update(funcs)
        for f in funcs:
            fn = self.function(f)
            fn.linkage = "internal" if internal else "external"
        for f in funcs:
            if self.should_stop is not None and self.should_stop():
                raise CompileInterrupted()
            FunctionLowering(self, self.build_ir(f)).lower()

    def lower_inits(self, name: str, inits: list[GlobalConst]) -> ir.Function | None:
        """A function computing the comptime values that could not be folded."""
        if not inits:
            return None
        irfn = self.finish_ir(build_globals_init(self, name, inits))
        fn = ir.Function(self.mod, ir.FunctionType(VOID, []), name=name)
        fn.linkage = "internal"
        FunctionLowering(self, irfn, fn).lower()
        return fn

    def lower_entry(self, main: FuncInfo | None, inits: list[GlobalConst]) -> None:
        """`int mojito_entry(int argc, char **argv)`: records the arguments, computes start-up comptime
        values, runs main, reports an unhandled error (and, with MOJITO_ALLOC_STATS, the allocations)."""
        init_fn = self.lower_inits("mojito.inits", inits)
        fn = ir.Function(self.mod, ir.FunctionType(I32, [I32, PTR]), name="mojito_entry")
        em = Emitter(self, fn)
        b = em.b
        if self.lines is not None:
            # main is inlined here, and LLVM keeps line info only in functions that have a subprogram;
            # the entry's own code is the compiler's (line 0: no source line).
            line = main.decl.span.line if main is not None and main.decl is not None else 1
            b.debug_metadata = self.lines.location(self.lines.subprogram(fn, "mojito_entry", line), 0, 0)
        b.store(b.sext(fn.args[0], I64), self.runtime_global("mojito_argc", I64))
        b.store(fn.args[1], self.runtime_global("mojito_argv", PTR))
        guard = stackguard.crash_guard(self)  # a stack overflow says so (stackguard.py)
        if guard is not None:
            b.call(guard[0], [])
        if init_fn is not None:
            b.call(init_fn, [])
        status = ir.Constant(I32, 0)
        if main is not None:
            mfn = self.function(main)
            if main.raises:
                slot = em.alloca(STR)
                res = b.call(mfn, [slot])
                failed = b.extract_value(res, 0) if isinstance(res.type, ir.LiteralStructType) else res
                with b.if_then(failed, likely=False):
                    b.call(self.function(self.std("_unhandled")), [b.load(slot, typ=STR)])
                    if guard is not None:
                        b.call(guard[1], [])
                    b.ret(ir.Constant(I32, 1))
            else:
                b.call(mfn, [])
        for g in inits:  # start-up values die with the program
            em.destroy_value(b.load(self.global_var(g), typ=self.lltype(g.ty)), g.ty)
        b.call(self.runtime_fn("mojito_alloc_report", VOID, []), [])
        if guard is not None:
            b.call(guard[1], [])
        b.ret(status)

    def lower_cell_entry(self, name: str, cell: FuncInfo, unit_funcs: list[FuncInfo],
                         inits: list[GlobalConst], error_global: str) -> None:
        """`int NAME(void)` for a notebook cell: points the slots at this unit's functions, computes new
        comptime values, and runs the cell's body under a setjmp guard, so that a failed bounds check
        or an interrupt returns here (status 1 or 130) instead of ending the process. An unhandled
        Error returns -1 with its message in `error_global`."""
        init_fn = self.lower_inits(name + ".inits", inits)
        fn = ir.Function(self.mod, ir.FunctionType(I32, []), name=name)
        em = Emitter(self, fn)
        b = em.b
        for f in unit_funcs:
            if f.slot is not None:
                b.store(self.function(f), self.slot(f))
        r, prev, jmp_global, _ = em.setjmp_guard()
        jumped, run = fn.append_basic_block("jumped"), fn.append_basic_block("run")
        b.cbranch(b.icmp_signed("!=", r, ir.Constant(I32, 0)), jumped, run)
        b.position_at_end(jumped)
        b.store(prev, jmp_global)
        b.ret(r)
        b.position_at_end(run)
        if init_fn is not None:
            b.call(init_fn, [])
        err = em.alloca(STR)
        res = b.call(self.function(cell), [err])
        b.store(prev, jmp_global)
        with b.if_then(res, likely=False):
            eg = self.external_global(error_global, STR, True)
            b.store(b.load(err, typ=STR), eg)
            b.ret(ir.Constant(I32, -1))
        b.ret(ir.Constant(I32, 0))

    def lower_c_main(self, env: dict[str, str]) -> None:
        """C's main: sets `env` where unset (what the program needs from its build: std.python) and
        runs the program."""
        fn = ir.Function(self.mod, ir.FunctionType(I32, [I32, PTR]), name="main")
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        for k, v in env.items():
            b.call(self.libc("setenv", I32, [PTR, PTR, I32]), [self.cstring(k), self.cstring(v), ir.Constant(I32, 0)])
        entry = self.mod.globals["mojito_entry"]
        b.ret(b.call(entry, list(fn.args)))


def _mangle(ty: T.Type) -> str:
    if isinstance(ty, T.StructType):
        return ty.info.llname or ty.info.name
    return "".join(c if c.isalnum() else "_" for c in str(ty))
