"""The host half of a notebook session's stack guard (codegen/stackguard.py is the native half): a
PROT_NONE region near the end of the running thread's stack, armed while a cell (or a Python cell that
may call session functions) runs, and the message a user sees when it fires."""

from __future__ import annotations

import ctypes
import sys

_stack_floors: dict[int, tuple[int, int]] = {}


def _thread_stack() -> tuple[int, int]:
    """(lowest address, size) of the calling thread's stack, or (0, 0) where it cannot be known."""
    import threading

    ident = threading.get_ident()
    known = _stack_floors.get(ident)
    if known is None:
        known = (0, 0)
        try:
            libc = ctypes.CDLL(None)
            libc.pthread_self.restype = ctypes.c_ulong
            libc.pthread_getattr_np.argtypes = [ctypes.c_ulong, ctypes.c_void_p]
            attr = ctypes.create_string_buffer(256)  # larger than any pthread_attr_t
            if libc.pthread_getattr_np(libc.pthread_self(), attr) == 0:
                addr, size = ctypes.c_void_p(), ctypes.c_size_t()
                if libc.pthread_attr_getstack(attr, ctypes.byref(addr), ctypes.byref(size)) == 0 and addr.value:
                    known = (addr.value, size.value)
                libc.pthread_attr_destroy(attr)
        except (OSError, AttributeError):  # not glibc/musl: no stack check
            pass
        _stack_floors[ident] = known
    return known


class StackGuard:
    """Arms a session's stack guard (codegen/stackguard.py) while a cell runs: a PROT_NONE region
    STACK_MARGIN above the lowest address of the running thread's stack, watched by a SIGSEGV handler
    on an alternate stack. Disarmed after the cell, so Python code between cells has its whole stack
    and the process's own SIGSEGV handler back. Best effort: where a step fails (not Linux, an
    unknown stack), cells run unguarded, as before."""

    _SA_SIGINFO, _SA_ONSTACK, _SA_NODEFER = 0x4, 0x08000000, 0x40000000

    def __init__(self, std_lib: str) -> None:
        from .codegen import backend, stackguard

        self._sg = stackguard
        self._armed: tuple[int, int] | None = None
        self._depth = 0  # nested uses (a Mojo cell inside a guarded Python cell) arm it once
        self._syms: dict[str, int] = {}
        if not sys.platform.startswith("linux"):
            return
        tm = backend.target_machine()
        obj = backend.optimize_to_object(stackguard.session_guard_ir(tm.triple, str(tm.target_data)), opt_level=1)
        exports = ["mojito_guard_handler", "mojito_guard_touch", "mojito_guard_lo", "mojito_guard_len",
                   "mojito_guard_old_action"]
        self._syms = backend.jit_link([obj], f"{std_lib}.guard", [std_lib], exports)
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        self._libc.sigaction.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p]
        self._libc.sigaltstack.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self._touch = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint64)(self._syms["mojito_guard_touch"])
        self._alt_stack = ctypes.create_string_buffer(64 * 1024)
        self._old_alt = (ctypes.c_char * 24)()
        self._action = (ctypes.c_char * 152)()
        ctypes.c_void_p.from_buffer(self._action, 0).value = self._syms["mojito_guard_handler"]
        ctypes.c_int32.from_buffer(self._action, 136).value = self._SA_SIGINFO | self._SA_ONSTACK | self._SA_NODEFER

    @property
    def symbols(self) -> dict[str, int]:
        """Addresses of the guard's native globals (empty where there is no guard)."""
        return dict(self._syms)

    def __enter__(self) -> None:
        self._depth += 1
        if not self._syms or self._depth > 1:
            return
        low, size = _thread_stack()
        page = 4096
        start = (low + self._sg.STACK_MARGIN + page - 1) // page * page
        length = self._sg.GUARD_BYTES
        if not low or not 4 * self._sg.STACK_MARGIN <= size <= 1 << 32:
            return  # an unlimited stack (`ulimit -s unlimited`) has no end to guard
        self._touch(start)  # the main thread's stack grows on demand: make the region exist
        if self._libc.mprotect(start, length, 0) != 0:
            return
        ctypes.c_uint64.from_address(self._syms["mojito_guard_lo"]).value = start
        ctypes.c_uint64.from_address(self._syms["mojito_guard_len"]).value = length
        alt = (ctypes.c_char * 24)()
        ctypes.c_void_p.from_buffer(alt, 0).value = ctypes.addressof(self._alt_stack)
        ctypes.c_uint64.from_buffer(alt, 16).value = len(self._alt_stack)
        self._libc.sigaltstack(alt, self._old_alt)
        self._libc.sigaction(11, self._action, self._syms["mojito_guard_old_action"])
        self._armed = (start, length)

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._armed is None or self._depth:
            return
        start, length = self._armed
        self._armed = None
        self._libc.sigaction(11, self._syms["mojito_guard_old_action"], None)
        self._libc.sigaltstack(self._old_alt, None)
        ctypes.c_uint64.from_address(self._syms["mojito_guard_len"]).value = 0
        self._libc.mprotect(start, length, 3)  # PROT_READ | PROT_WRITE (again, if it did not fire)


def stack_overflow_message(function: str) -> str:
    _, size = _thread_stack()
    stack = f" (the stack holds {size / 2**20:.0f} MiB)" if size else ""
    return (f"stack overflow: the recursion in '{function}' went deeper than the stack allows{stack}; "
            "make it shallower or turn it into a loop")
