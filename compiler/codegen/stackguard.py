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
