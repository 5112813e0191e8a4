"""A recursion too deep for the stack, stopped as an error instead of a crash.

In a notebook session every function polls at its entry (so Interrupt stops a runaway recursion);
that poll compares the stack pointer with `mojito_stack_limit` instead of reading the interrupt flag,
so it costs no more than before. The session sets the limit a safety margin above the lowest address
of the running thread's stack, and `Session.interrupt()` raises it to the top of the address space,
so that the next function entry takes the slow path, which tells the two apart: an interrupt leaves
the cell with status 130, an exhausted stack with `OVERFLOW_STATUS`, the function's name in
`mojito_overflow_fn`. Both return to the cell's setjmp guard, which is still far up the stack.
Checking at function entries (rather than catching SIGSEGV) stops the code only where it is in a
consistent state: never inside malloc or a write, so the session goes on safely afterwards.

Programs (`mojito run`, built executables) carry no check: they are not slowed down.
"""

from __future__ import annotations

from typing import Any

from llvmlite import ir

from .runtime import I32, I64, PTR, VOID, Emitter

STACK_LIMIT = "mojito_stack_limit"  # i64: the lowest stack pointer a function may start at; 0 = no check
OVERFLOW_FN = "mojito_overflow_fn"  # ptr: the C string name of the function that found the stack full
OVERFLOW_STATUS = 139  # the cell's status (as a segfault's would be from a shell)
NO_LIMIT = 0  # the limit before a session sets one: no address is below it


def emit_entry_check(e: Any, function_name: str) -> None:
    """At the entry of a session function: one compare, and a cold call when the stack is nearly full
    or an interrupt is pending."""
    b, m = e.b, e.m
    # The stack pointer (stacksave, unlike frameaddress, forces no frame pointer on the function).
    stacksave = m.mod.globals.get("llvm.stacksave.p0") or \
        ir.Function(m.mod, ir.FunctionType(PTR, []), name="llvm.stacksave.p0")
    sp = b.ptrtoint(b.call(stacksave, []), I64)
    # Atomic (monotonic): another thread raises it to interrupt, and LLVM must not hoist the load.
    limit = b.load_atomic(m.runtime_global(STACK_LIMIT, I64), "monotonic", 8, typ=I64)
    with b.if_then(b.icmp_unsigned("<", sp, limit), likely=False):
        b.call(_slow_path(m), [m.cstring(function_name)])


def _slow_path(m: Any) -> ir.Function:
    """`void mojito.stack_check(ptr name)`, once per module: leave the cell for an interrupt (130) or
    an exhausted stack (OVERFLOW_STATUS); return for a stale raised limit (an interrupt that a loop
    already handled)."""
    fn = m.mod.globals.get("mojito.stack_check")
    if fn is not None:
        return fn
    fn = ir.Function(m.mod, ir.FunctionType(VOID, [PTR]), name="mojito.stack_check")
    fn.linkage = "internal"
    fn.attributes.add("cold")
    fn.attributes.add("noinline")
    e = Emitter(m, fn)
    b = e.b
    flag = m.runtime_global("mojito_interrupt", I32)
    pending = b.load_atomic(flag, "monotonic", 4, typ=I32)
    with b.if_then(b.icmp_unsigned("!=", pending, ir.Constant(I32, 0))):
        b.store(ir.Constant(I32, 0), flag)
        e.emit_exit(ir.Constant(I64, 130))
        b.unreachable()
    limit = b.load_atomic(m.runtime_global(STACK_LIMIT, I64), "monotonic", 8, typ=I64)
    with b.if_then(b.icmp_unsigned("==", limit, ir.Constant(I64, -1)), likely=False):
        b.ret_void()
    b.store(fn.args[0], m.runtime_global(OVERFLOW_FN, PTR))
    e.emit_exit(ir.Constant(I64, OVERFLOW_STATUS))
    b.unreachable()
    return fn


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
