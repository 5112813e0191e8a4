"""CPython fast-call wrappers for session functions, so Python cells call Mojo at Python-call cost.

For each eligible Mojo function we JIT a `METH_FASTCALL` C function
    PyObject *wrap(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
that converts the arguments with the CPython C API, calls the Mojo function through its slot (so
a later redefinition with the same signature is picked up), and converts the result back. The
wrapper becomes a Python callable with PyCFunction_NewEx. A Mojo error becomes a Python
RuntimeError; a failed bounds check inside the call is caught by a setjmp guard.
"""

from __future__ import annotations

import ctypes
from typing import TYPE_CHECKING, Any

from llvmlite import ir

from .check import types as T
from .check.symbols import FuncInfo, OverloadSet
from .codegen import stackguard

if TYPE_CHECKING:
    from .session import Session

I1, I8, I32, I64 = ir.IntType(1), ir.IntType(8), ir.IntType(32), ir.IntType(64)
F64, PTR, VOID = ir.DoubleType(), ir.PointerType(), ir.VoidType()
METH_FASTCALL = 0x0080


class _MethodDef(ctypes.Structure):
    _fields_ = [("ml_name", ctypes.c_char_p), ("ml_meth", ctypes.c_void_p), ("ml_flags", ctypes.c_int),
                ("ml_doc", ctypes.c_char_p)]


_new_cfunction = ctypes.pythonapi.PyCFunction_NewEx
_new_cfunction.restype = ctypes.py_object
_new_cfunction.argtypes = [ctypes.c_void_p, ctypes.py_object, ctypes.py_object]

_SCALARS = (T.INT, T.F64, T.BOOL, T.STRING)


def _convertible(t: T.Type) -> bool:
    return t in _SCALARS or (isinstance(t, T.ListType) and t.elem in _SCALARS)


def eligible(f: FuncInfo) -> bool:
    """Int, Float64, Bool, String and List of those, in and out."""
    if f.owner is not None or f.name.startswith("_") or f.slot is None:
        return False
    if not all(p.convention in ("read", "var") and _convertible(p.ty) and not p.kw_only for p in f.params):
        return False
    return _convertible(f.ret) or f.ret == T.NONE


def make_python_functions(session: Session) -> dict[str, Any]:
    from .codegen import backend
    from .codegen.module import ModuleLowering

    cache: dict[str, Any] = session.__dict__.setdefault("_pywrappers", {})
    keep: list = session.__dict__.setdefault("_pywrapper_keepalive", [])
    funcs: dict[str, FuncInfo] = {}
    for name, sym in session.checker.globals.names.items():
        if isinstance(sym, OverloadSet) and len(sym.funcs) == 1 and eligible(sym.funcs[0]):
            funcs[name] = sym.funcs[0]
    missing = [f for f in funcs.values() if _key(f) not in cache]
    if missing:
        tm = backend.target_machine()
        m = ModuleLowering(session.checker.globals, name="pywrap", triple=tm.triple,
                           data_layout=str(tm.target_data), target_data=tm.target_data, session=True)
        names = [_emit_wrapper(m, f, session.stack_guard.symbols) for f in missing]
        obj = backend.optimize_to_object(str(m.mod))
        unit = f"s{session.id}.py{len(session._libs)}"
        addrs = backend.jit_link([obj], unit, session._libs, names)
        session._libs.append(unit)
        for f, wname in zip(missing, names):
            mdef = _MethodDef(f.name.encode(), addrs[wname], METH_FASTCALL, _doc(f).encode())
            keep.append(mdef)
            cache[_key(f)] = _new_cfunction(ctypes.addressof(mdef), None, None)
    return {name: cache[_key(f)] for name, f in funcs.items()}


def _key(f: FuncInfo) -> str:
    return f"{f.slot}|{[str(p.ty) for p in f.params]}|{f.ret}"


def _doc(f: FuncInfo) -> str:
    doc = f.decl.docstring if f.decl is not None and f.decl.docstring else ""
    return f"{f.signature()}\n\n{doc}".strip()


def _api(m: Any, name: str, ret: ir.Type, args: list[ir.Type], var_arg: bool = False) -> ir.Function:
    return m.libc(name, ret, args, var_arg)


def _emit_wrapper(m: Any, f: FuncInfo, guard: dict[str, int]) -> str:
    from .codegen.runtime import STR, Emitter, FnPointer

    name = f"pywrap.{f.llname}"
    fn = ir.Function(m.mod, ir.FunctionType(PTR, [PTR, PTR, I64]), name=name)
    fl = Emitter(m, fn)
    b = fl.b
    _, args, nargs = fn.args
    null = ir.Constant(PTR, None)

    def raise_py(exc_name: str, message: ir.Value, length: ir.Value) -> None:
        exc = b.load(m.external_global(exc_name, PTR, False), typ=PTR)
        text = b.call(_api(m, "PyUnicode_FromStringAndSize", PTR, [PTR, I64]), [message, length])
        b.call(_api(m, "PyErr_SetObject", VOID, [PTR, PTR]), [exc, text])
        b.ret(null)

    def fail_if_error(bad: ir.Value) -> None:
        with b.if_then(bad, likely=False):
            occurred = b.call(_api(m, "PyErr_Occurred", PTR, []), [])
            with b.if_then(b.icmp_unsigned("!=", b.ptrtoint(occurred, I64), ir.Constant(I64, 0))):
                b.ret(null)

    n = len(f.params)
    with b.if_then(b.icmp_signed("!=", nargs, ir.Constant(I64, n)), likely=False):
        msg = f"{f.name}() takes {n} argument{'s' if n != 1 else ''}"
        raise_py("PyExc_TypeError", m.cstring(msg), ir.Constant(I64, len(msg)))
    def to_mojo(obj: ir.Value, ty: T.Type) -> ir.Value:
        """Convert a Python object to a Mojo value of type ty (returning NULL on a Python error)."""
        if ty == T.INT:
            v = b.call(_api(m, "PyLong_AsLongLong", I64, [PTR]), [obj])
            fail_if_error(b.icmp_signed("==", v, ir.Constant(I64, -1)))
            return v
        if ty == T.F64:
            v = b.call(_api(m, "PyFloat_AsDouble", F64, [PTR]), [obj])
            fail_if_error(b.fcmp_ordered("==", v, ir.Constant(F64, -1.0)))
            return v
        if ty == T.BOOL:
            r = b.call(_api(m, "PyObject_IsTrue", I32, [PTR]), [obj])
            fail_if_error(b.icmp_signed("<", r, ir.Constant(I32, 0)))
            return b.icmp_signed("!=", r, ir.Constant(I32, 0))
        if isinstance(ty, T.ListType):  # a Python list, element by element
            list_type = m.external_global("PyList_Type", I8, False)
            is_list = b.call(_api(m, "PyObject_IsInstance", I32, [PTR, PTR]), [obj, list_type])
            with b.if_then(b.icmp_signed("!=", is_list, ir.Constant(I32, 1)), likely=False):
                msg = f"expected a list for a '{ty}' argument"
                raise_py("PyExc_TypeError", m.cstring(msg), ir.Constant(I64, len(msg)))
            n = b.call(_api(m, "PyList_Size", I64, [PTR]), [obj])
            fail_if_error(b.icmp_signed("<", n, ir.Constant(I64, 0)))
            lst = fl.list_new(ty.elem, n)
            with fl.loop_range(n) as i:
                item = b.call(_api(m, "PyList_GetItem", PTR, [PTR, I64]), [obj, i])
                fl.list_append(lst, to_mojo(item, ty.elem), ty.elem)
            return lst
        # String: copy the UTF-8 bytes, since Mojo may keep the value
        size = fl.alloca(I64)
        data = b.call(_api(m, "PyUnicode_AsUTF8AndSize", PTR, [PTR, PTR]), [obj, size])
        with b.if_then(b.icmp_unsigned("==", b.ptrtoint(data, I64), ir.Constant(I64, 0)), likely=False):
            b.ret(null)
        return fl.new_string(data, b.load(size, typ=I64))

    def to_python(v: ir.Value, ty: T.Type) -> ir.Value:
        if ty == T.INT:
            return b.call(_api(m, "PyLong_FromLongLong", PTR, [I64]), [v])
        if ty == T.F64:
            return b.call(_api(m, "PyFloat_FromDouble", PTR, [F64]), [v])
        if ty == T.BOOL:
            return b.call(_api(m, "PyBool_FromLong", PTR, [I64]), [b.zext(v, I64)])
        if ty == T.STRING:
            return b.call(_api(m, "PyUnicode_FromStringAndSize", PTR, [PTR, I64]),
                          [b.extract_value(v, 0), b.extract_value(v, 1)])
        if isinstance(ty, T.ListType):
            out = b.call(_api(m, "PyList_New", PTR, [I64]), [fl.list_len(v)])
            with fl.loop_list(v, ty.elem) as (i, x):
                b.call(_api(m, "PyList_SetItem", I32, [PTR, I64, PTR]), [out, i, to_python(x, ty.elem)])
            return out
        return b.call(_api(m, "Py_BuildValue", PTR, [PTR], var_arg=True), [m.cstring("")])  # None

    values = []
    for i, p in enumerate(f.params):
        obj = b.load(b.gep(args, [ir.Constant(I64, i)], source_etype=PTR), typ=PTR)
        values.append(to_mojo(obj, p.ty))
    # Guard: a failed bounds check or an interrupt inside the call lands here, not in exit().
    # The native call runs without the GIL, so a kernel's interrupt (another thread) can set the
    # flag it polls. The thread state is kept in the jump buffer (memory the optimizer must reload
    # after setjmp returns a second time), since a longjmp may come back instead of the call.
    status, prev, jmp_global, jbuf = fl.setjmp_guard()
    thread_state = b.gep(jbuf, [ir.Constant(I64, 256)], source_etype=I8)
    with b.if_then(b.icmp_signed("!=", status, ir.Constant(I32, 0)), likely=False):
        b.store(prev, jmp_global)
        b.call(_api(m, "PyEval_RestoreThread", VOID, [PTR]), [b.load(thread_state, typ=PTR)])
        interrupted = b.icmp_signed("==", status, ir.Constant(I32, 130))
        with b.if_then(interrupted):
            msg = "interrupted by the user"
            raise_py("PyExc_KeyboardInterrupt", m.cstring(msg), ir.Constant(I64, len(msg)))
        with b.if_then(b.icmp_signed("==", status, ir.Constant(I32, stackguard.OVERFLOW_STATUS))):
            # The stack guard fired (armed by the kernel around Python cells): the function's name.
            exc = b.load(m.external_global("PyExc_RecursionError", PTR, False), typ=PTR)
            where = b.load(m.runtime_global(stackguard.OVERFLOW_FN, PTR), typ=PTR)
            b.call(_api(m, "PyErr_Format", PTR, [PTR, PTR], var_arg=True), [exc, m.cstring(
                "stack overflow: the recursion in '%s' went deeper than the stack allows; make it "
                "shallower or turn it into a loop"), where])
            # The handler opened the guard region to let the code reach its poll; the Python cell goes
            # on, so close it again (the stack is shallow here) for the next call.
            if guard:  # the guard module's globals, by address (it is linked apart from the session)
                lo = b.load(b.inttoptr(ir.Constant(I64, guard["mojito_guard_lo"]), PTR), typ=I64)
                size = ir.Constant(I64, stackguard.GUARD_BYTES)
                b.call(_api(m, "mprotect", I32, [PTR, I64, I32]), [b.inttoptr(lo, PTR), size, ir.Constant(I32, 0)])
                b.store(size, b.inttoptr(ir.Constant(I64, guard["mojito_guard_len"]), PTR))
            b.ret(null)
        msg = "Mojo code stopped (a failed check; see the message on stderr)"
        raise_py("PyExc_RuntimeError", m.cstring(msg), ir.Constant(I64, len(msg)))
    b.store(ir.Constant(I32, 0), m.runtime_global("mojito_interrupt", I32))  # no stale interrupt
    b.store(b.call(_api(m, "PyEval_SaveThread", PTR, []), []), thread_state)
    target = m.function(f)
    callee = FnPointer(b.load(m.slot(f), typ=PTR), target.function_type)
    call_args = values
    err = None
    if f.raises:
        err = fl.alloca(STR)
        call_args = [err] + values
    result = b.call(callee, call_args)
    b.call(_api(m, "PyEval_RestoreThread", VOID, [PTR]), [b.load(thread_state, typ=PTR)])
    b.store(prev, jmp_global)
    if f.raises:
        failed = b.extract_value(result, 0) if isinstance(result.type, ir.LiteralStructType) else result
        with b.if_then(failed, likely=False):
            e = b.load(err, typ=STR)
            raise_py("PyExc_RuntimeError", b.extract_value(e, 0), b.extract_value(e, 1))
        if isinstance(result.type, ir.LiteralStructType):
            result = b.extract_value(result, 1)
    out = to_python(result, f.ret)
    b.ret(out)
    return name
