"""A recursion too deep for the stack, stopped as an error instead of a crash.

Notebook sessions: while a cell runs, a guard region (GUARD_BYTES, PROT_NONE) lies STACK_MARGIN above
the lowest address of the running thread's stack, and a SIGSEGV handler on an alternate stack watches
it. A recursion that reaches it faults; the handler makes the region accessible again (the code goes
on, with STACK_MARGIN of stack left), sets the interrupt flag to OVERFLOW_FLAG and returns. The next
interrupt poll (every session function polls at its entry, every loop at its back-edge) leaves the
cell with OVERFLOW_STATUS and the function's name in `mojito_overflow_fn`, back at the cell's setjmp
guard. So the code costs nothing more than the interrupt poll it already had, and it is stopped only
at a poll, where it is consistent: a fault inside malloc or a write just finishes first. The session
(compiler/session_stack.py, `StackGuard`) arms the guard around each cell's run and disarms it after,
giving the process's own SIGSEGV handler (Python's faulthandler in the kernel) back.

Programs (`mojito run`, built executables) carry no polls: see the second half of this file.
"""

from __future__ import annotations

from typing import Any

from llvmlite import ir

from .runtime import I32, I64, PTR, VOID, Emitter

OVERFLOW_FN = "mojito_overflow_fn"  # ptr: the C string name of the function that stopped for it
OVERFLOW_STATUS = 139  # the cell's status (as a segfault's would be from a shell)
OVERFLOW_FLAG = 2  # the interrupt flag's value for "the stack is nearly full" (1: Interrupt)
STACK_MARGIN = 512 * 1024  # stack left below the guard: for the code up to its next poll
GUARD_BYTES = 64 * 1024  # larger than any frame that could step over it


def leave_cell(e: Any, flag_value: ir.Value, function_name: str) -> None:
    """The cold path of an interrupt poll: back to the cell's entry with 130 (Interrupt) or
    OVERFLOW_STATUS (the stack guard fired)."""
    b, m = e.b, e.m
    b.store(ir.Constant(I32, 0), m.runtime_global("mojito_interrupt", I32))
    b.store(m.cstring(function_name), m.runtime_global(OVERFLOW_FN, PTR))
    overflow = b.icmp_unsigned("==", flag_value, ir.Constant(I32, OVERFLOW_FLAG))
    e.emit_exit(b.select(overflow, ir.Constant(I64, OVERFLOW_STATUS), ir.Constant(I64, 130)))


def session_guard_ir(triple: str, data_layout: str) -> str:
    """The native half of a session's stack guard: `mojito_guard_handler` (the SIGSEGV handler) and
    `mojito_guard_touch(addr)` (reads a byte, which grows the main thread's stack down to addr);
    globals `mojito_guard_lo`/`_len` (the armed region) and `mojito_guard_old_action` (the handler to
    give a foreign fault to). Linux layouts as below."""
    mod = ir.Module(name="mojito.guard")
    mod.triple, mod.data_layout = triple, data_layout

    def var(name: str, llty: ir.Type) -> ir.GlobalVariable:
        g = ir.GlobalVariable(mod, llty, name=name)
        g.initializer = ir.Constant(llty, None)
        return g

    lo_g, len_g = var("mojito_guard_lo", I64), var("mojito_guard_len", I64)
    old_action = var("mojito_guard_old_action", ir.ArrayType(_I8, 152))
    flag = ir.GlobalVariable(mod, I32, name="mojito_interrupt")  # the standard library's
    mprotect = ir.Function(mod, ir.FunctionType(I32, [PTR, I64, I32]), name="mprotect")
    sigaction = ir.Function(mod, ir.FunctionType(I32, [I32, PTR, PTR]), name="sigaction")

    fn = ir.Function(mod, ir.FunctionType(VOID, [I32, PTR, PTR]), name="mojito_guard_handler")
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    addr = b.ptrtoint(b.load(b.gep(fn.args[1], [ir.Constant(I64, 16)], source_etype=_I8), typ=PTR), I64)
    lo, size = b.load(lo_g, typ=I64), b.load(len_g, typ=I64)
    with b.if_else(b.icmp_unsigned("<", b.sub(addr, lo), size)) as (ours, foreign):
        with ours:  # room again for the code to reach its next poll, which leaves the cell
            b.call(mprotect, [b.inttoptr(lo, PTR), size, ir.Constant(I32, 3)])  # PROT_READ|PROT_WRITE
            b.store(ir.Constant(I64, 0), len_g)
            b.store_atomic(ir.Constant(I32, OVERFLOW_FLAG), flag, "monotonic", 4)
        with foreign:  # not ours: the previous handler gets it when the instruction faults again
            b.call(sigaction, [ir.Constant(I32, _SIGSEGV), old_action, ir.Constant(PTR, None)])
    b.ret_void()

    touch = ir.Function(mod, ir.FunctionType(I32, [I64]), name="mojito_guard_touch")
    b = ir.IRBuilder(touch.append_basic_block("entry"))
    byte = b.load(b.inttoptr(touch.args[0], PTR), typ=_I8)
    b.ret(b.zext(byte, I32))
    # llvmlite has no volatile load: the read must happen, it is what grows the stack.
    return str(mod).replace("load i8, ptr", "load volatile i8, ptr")


# ---------------------------------------------------------------- programs (`mojito run`, executables)
# A program has no entry checks. Its `mojito_entry` instead installs, for its run, a SIGSEGV handler
# on an alternate stack (the overflowed one has no room left) that says what happened before the
# process dies of the signal as it would have anyway. Linux layouts (glibc and musl, x86-64 and
# AArch64): struct sigaction {handler @0, sa_mask[128] @8, int sa_flags @136, restorer @144} = 152
# bytes; stack_t {ss_sp @0, int ss_flags @8, size_t ss_size @16}; siginfo_t's si_addr @16.
_SIGSEGV = 11
_SA_SIGINFO, _SA_ONSTACK, _SA_RESETHAND = 0x4, 0x08000000, 0x80000000
_ALT_STACK = 64 * 1024
_I8 = ir.IntType(8)
OVERFLOW_MESSAGE = ("\nMojo: stack overflow: the recursion went deeper than the stack allows "
                    "(see `ulimit -s`); make it shallower or turn it into a loop\n")
SEGV_MESSAGE = "\nMojo: segmentation fault: the program accessed memory it does not own\n"


def crash_guard(m: Any) -> tuple[ir.Function, ir.Function] | None:
    """(install, remove) for the module's program entry, or None where the layouts above do not hold."""
    if "linux" not in str(m.mod.triple):
        return None
    if "mojito.crash_guard_install" in m.mod.globals:
        return m.mod.globals["mojito.crash_guard_install"], m.mod.globals["mojito.crash_guard_remove"]

    def private(name: str, llty: ir.Type) -> ir.GlobalVariable:
        g = ir.GlobalVariable(m.mod, llty, name=name)
        g.linkage = "internal"
        g.initializer = ir.Constant(llty, None)
        g.align = 16
        return g

    stack_lo = private("mojito.stack_lo", I64)
    alt_stack = private("mojito.alt_stack", ir.ArrayType(_I8, _ALT_STACK))
    old_action = private("mojito.old_sigsegv", ir.ArrayType(_I8, 152))
    old_stack = private("mojito.old_altstack", ir.ArrayType(_I8, 24))
    handler = _segv_handler(m, stack_lo)

    install = ir.Function(m.mod, ir.FunctionType(VOID, []), name="mojito.crash_guard_install")
    install.linkage = "internal"
    e = Emitter(m, install)
    b = e.b
    # Where this thread's stack ends, to tell an overflow from other bad accesses.
    attr = e.alloca(ir.ArrayType(_I8, 256))  # larger than any pthread_attr_t
    self_id = b.call(m.libc("pthread_self", I64, []), [])
    got = b.call(m.libc("pthread_getattr_np", I32, [I64, PTR]), [self_id, attr])
    with b.if_then(b.icmp_signed("==", got, ir.Constant(I32, 0))):
        lo, size = e.alloca(PTR), e.alloca(I64)
        b.call(m.libc("pthread_attr_getstack", I32, [PTR, PTR, PTR]), [attr, lo, size])
        b.store(b.ptrtoint(b.load(lo, typ=PTR), I64), stack_lo)
        b.call(m.libc("pthread_attr_destroy", I32, [PTR]), [attr])
    ss = e.alloca(ir.ArrayType(_I8, 24))
    b.store(ir.Constant(ir.ArrayType(_I8, 24), None), ss)
    b.store(alt_stack, ss)
    b.store(ir.Constant(I64, _ALT_STACK), b.gep(ss, [ir.Constant(I64, 16)], source_etype=_I8))
    b.call(m.libc("sigaltstack", I32, [PTR, PTR]), [ss, old_stack])
    sa = e.alloca(ir.ArrayType(_I8, 152))
    b.store(ir.Constant(ir.ArrayType(_I8, 152), None), sa)
    b.store(handler, sa)
    flags = _SA_SIGINFO | _SA_ONSTACK | _SA_RESETHAND
    b.store(ir.Constant(I32, flags - (1 << 32) if flags >= 1 << 31 else flags),
            b.gep(sa, [ir.Constant(I64, 136)], source_etype=_I8))
    b.call(m.libc("sigaction", I32, [I32, PTR, PTR]), [ir.Constant(I32, _SIGSEGV), sa, old_action])
    b.ret_void()

    remove = ir.Function(m.mod, ir.FunctionType(VOID, []), name="mojito.crash_guard_remove")
    remove.linkage = "internal"
    b = ir.IRBuilder(remove.append_basic_block("entry"))
    # What the process had before (Python's faulthandler under pytest, say) is its again.
    b.call(m.libc("sigaction", I32, [I32, PTR, PTR]), [ir.Constant(I32, _SIGSEGV), old_action, ir.Constant(PTR, None)])
    b.call(m.libc("sigaltstack", I32, [PTR, PTR]), [old_stack, ir.Constant(PTR, None)])
    b.ret_void()
    return install, remove


def _segv_handler(m: Any, stack_lo: ir.GlobalVariable) -> ir.Function:
    """Says whether the fault hit the end of the stack, then returns: SA_RESETHAND restored the
    default action, so the faulting instruction ends the process with SIGSEGV, as before."""
    fn = ir.Function(m.mod, ir.FunctionType(VOID, [I32, PTR, PTR]), name="mojito.on_sigsegv")
    fn.linkage = "internal"
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    addr = b.ptrtoint(b.load(b.gep(fn.args[1], [ir.Constant(I64, 16)], source_etype=_I8), typ=PTR), I64)
    lo = b.load(stack_lo, typ=I64)
    # The guard page and what lies just below or above it: a frame that did not fit.
    near = b.and_(b.icmp_unsigned("!=", lo, ir.Constant(I64, 0)),
                  b.icmp_unsigned("<", b.sub(b.add(addr, ir.Constant(I64, 1 << 20)), lo), ir.Constant(I64, 2 << 20)))
    write = m.libc("write", I64, [I32, PTR, I64])
    with b.if_else(near) as (overflow, other):
        with overflow:
            b.call(write, [ir.Constant(I32, 2), m.cstring(OVERFLOW_MESSAGE), ir.Constant(I64, len(OVERFLOW_MESSAGE))])
        with other:
            b.call(write, [ir.Constant(I32, 2), m.cstring(SEGV_MESSAGE), ir.Constant(I64, len(SEGV_MESSAGE))])
    b.ret_void()
    return fn
