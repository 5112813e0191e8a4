"""A notebook session: Mojo with REPL semantics, compiled cell by cell into one process.

Each cell becomes one LLVM module, JIT-linked as its own library against the standard library and
the earlier cells:
  * `def`, `struct`, `trait`, `comptime` persist; a redefinition replaces the old one. Calls between
    session functions go through a per-function slot (a global pointer) that the defining cell
    sets, so earlier functions call the new definition too.
  * Top-level statements run in order, inside a generated function `__cellN`; top-level `var`s
    become session variables (globals) that later cells use.
  * A trailing bare expression is the cell's value (its printed form is returned).
  * Native output goes through a write hook to `output(stream, text)` while the cell runs.
  * A failed bounds check, an unhandled error or an interrupt returns to the cell's entry (setjmp),
    so the session survives; loops poll an interrupt flag at their back-edges.
"""

from __future__ import annotations

import ctypes
import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import driver, limits
from .check import types as T
from .check.checker import Checker
from .check.symbols import (
    FuncInfo,
    LocalVar,
    MovedSessionVar,
    OverloadSet,
)
from .diagnostics import (
    CompileError,
    CompileInterrupted,
    MojitoInternalError,
    SourceMap,
    internal_error_message,
    render_all,
)
from .frontend import ast as A
from .frontend.parser import mark_2023, parse
from .frontend.legacy_syntax import untyped_def_arguments
from .session_editor import Completion, EditorSupport
from .session_stack import StackGuard, stack_overflow_message

_session_ids = itertools.count(1)


class MojoError(Exception):
    """An error at run time in a cell: an unhandled `raise`, a failed bounds check, ..."""


class MojoInterrupted(MojoError):
    """The cell was stopped by `Session.interrupt()`."""


EMIT_STAGES = ("ir", "llvm", "asm")


@dataclass
class _LoweredCell:
    module: Any  # codegen.module.ModuleLowering: the LLVM module and the IR of the cell's functions
    unit: str
    cell_fn: FuncInfo  # the cell's top-level statements, as a function
    funcs: list[FuncInfo]  # every function the cell compiles (its own and the instances it needs)
    warnings: str


@dataclass
class ExecuteResult:
    value: str | None = None  # the printed form of the cell's trailing bare expression
    warnings: str = ""


class _MojoString(ctypes.Structure):
    _fields_ = [("ptr", ctypes.c_void_p), ("len", ctypes.c_int64), ("owner", ctypes.c_void_p)]

    def text(self) -> str:
        return ctypes.string_at(self.ptr, self.len).decode("utf-8", "replace") if self.ptr and self.len else ""


_WRITE_HOOK = ctypes.CFUNCTYPE(None, ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64)
_DECLARATIONS = (A.FuncDef, A.StructDef, A.TraitDef, A.Comptime, A.Import)


class Session(EditorSupport):
    def __init__(self, output: Callable[[str, str], None] | None = None,
                 options: driver.Options = driver.Options()) -> None:
        from .codegen import backend, stackguard

        self.id = next(_session_ids)
        self.options = options
        self.output = output or _default_output
        self.checker = Checker(session=True)
        self.sources = SourceMap()
        self._lib = driver.declare_stdlib(self.checker, self.sources, options)
        std_obj = driver.stdlib_object(self.checker, self._lib, options)
        self._libs = [f"s{self.id}.std"]
        runtime = ["mojito_interrupt", "mojito_write_hook", "mojito_jmpbuf", stackguard.OVERFLOW_FN]
        self._std = backend.jit_link([std_obj], self._libs[0], [], runtime)
        self._interrupt_flag = ctypes.c_int32.from_address(self._std[runtime[0]])
        # Armed while a cell runs; the kernel also arms it around Python cells, which may call
        # session functions (python_functions): a runaway recursion there raises RecursionError.
        self.stack_guard = StackGuard(self._libs[0])
        self._overflow_fn = ctypes.c_char_p.from_address(self._std[stackguard.OVERFLOW_FN])
        self.checker.should_stop = lambda: bool(self._interrupt_flag.value)  # polled while compiling
        self._hook = _WRITE_HOOK(self._on_write)  # kept alive as long as the session
        ctypes.c_void_p.from_address(self._std[runtime[1]]).value = ctypes.cast(self._hook, ctypes.c_void_p).value
        self._last_stderr = ""
        self._python_functions: dict[str, Any] = {}
        self._dialect_2023 = False  # a cell used 2023 spellings (see _parse_cell)
        self.checker.python_global = _python_cell_global

    # ------------------------------------------------------------------ running cells
    def _on_write(self, fd: int, ptr: int, n: int) -> None:
        text = ctypes.string_at(ptr, n).decode("utf-8", "replace")
        stream = "stdout" if fd == 1 else "stderr"
        if stream == "stderr":
            # The runtime writes to stderr only to report a failure; it becomes the cell's MojoError.
            self._last_stderr += text
            return
        try:
            self.output(stream, text)
        except Exception:  # noqa: BLE001 - an output sink failing must not unwind through native frames
            pass

    def interrupt(self) -> None:
        """Stop the running cell at its next loop iteration or function call. Safe from any thread or
        signal handler."""
        self._interrupt_flag.value = 1

    def execute(self, source: str, cell_id: int) -> ExecuteResult:
        """Compile and run one cell. Raises CompileError (diagnostics), MojoError (at run time),
        MojoInterrupted (also during compilation) or MojitoInternalError (a compiler bug; its
        message says how to report it, `__cause__` is the original exception)."""
        self._interrupt_flag.value = 0  # an interrupt from here on (even during compilation) stops this cell
        self._ran = False
        snapshot = self._snapshot()
        try:
            with limits.deep_recursion():
                module, diags = self._parse_cell(source, cell_id)
                return self._compile_and_run(module, diags, source, cell_id, snapshot)
        except (CompileError, MojoError):
            raise  # a compile error restored the state already; a run-time error keeps the new definitions
        except CompileInterrupted:
            self._restore(snapshot)
            raise MojoInterrupted("interrupted by the user while compiling") from None
        except Exception as exc:
            if not self._ran:
                self._restore(snapshot)  # a failure inside the compiler must not poison later cells
            raise MojitoInternalError(internal_error_message(exc)) from exc
        except BaseException:
            if not self._ran:
                self._restore(snapshot)
            raise

    def _parse_cell(self, source: str, cell_id: int) -> tuple[A.Module, list]:
        """The cell's syntax tree and its diagnostics; CompileError if it has an error."""
        name = f"cell[{cell_id}]"
        self.sources.add(name, source)
        module, diags = parse(source, name)
        if any(d.severity == "error" for d in diags):
            raise CompileError(diags, self.sources)
        # A notebook written in the 2023 dialect stays in it: a later cell with no 2023 keyword
        # (`def matmul(C, A, B):`) is read as 2023 code too.
        if getattr(module, "dialect_2023", False):
            self._dialect_2023 = True
        elif self._dialect_2023:
            mark_2023(module)
        elif untyped_def_arguments(module):  # `def your_function(a, b):` opening a 2023 notebook
            mark_2023(module)
            self._dialect_2023 = True
        return module, diags

    def emit(self, source: str, cell_id: int, stage: str, function: str | None = None) -> str:
        """What the compiler makes of a cell, in the context of this session, without running it:
        "ir" (Mojito's IR, with its copies, moves and destroys), "llvm" (optimized LLVM IR) or "asm"
        (host assembly); only `function`'s part when given. The session is left as it was: nothing
        the cell defines persists. Raises CompileError, MojoInterrupted or MojitoInternalError."""
        from .codegen import backend
        from .ir.printer import format_functions

        if stage not in EMIT_STAGES:
            raise ValueError(f"unknown stage '{stage}' (choose from {', '.join(EMIT_STAGES)})")
        self._interrupt_flag.value = 0
        self._ran = False
        snapshot = self._snapshot()
        try:
            with limits.deep_recursion():
                module, diags = self._parse_cell(source, cell_id)
                cell = self._lower_cell(module, diags, cell_id, snapshot)
                m = cell.module
                if cell.warnings:  # the 2023 dialect's spellings, say: as for a cell that runs
                    self.output("stderr", cell.warnings + "\n")
                if stage == "ir":
                    fns = [f for f in m.ir_functions if f.info is not None and
                           (function is None or _display_name(f.info) == function or f.info.name == function)]
                    if function is not None and not fns:
                        raise ValueError(_no_function(function, [_display_name(f.info) for f in m.ir_functions
                                                                 if f.info is not None]))
                    return format_functions(fns)
                if stage == "llvm":
                    text = backend.optimized_ir(str(m.mod), self.options.opt_level)
                else:  # without the unwind-table directives, which are half the lines and say nothing here
                    text = "".join(line for line in backend.assembly(str(m.mod), self.options.opt_level)
                                   .splitlines(keepends=True) if not line.lstrip().startswith(".cfi_"))
                if function is None:
                    return text
                return _one_function(text, stage, function, cell.funcs)
        except CompileError:
            raise  # the state is restored already
        except CompileInterrupted:
            raise MojoInterrupted("interrupted by the user while compiling") from None
        except ValueError:
            raise
        except Exception as exc:
            raise MojitoInternalError(internal_error_message(exc)) from exc
        finally:
            self._restore(snapshot)

    def close(self) -> None:
        """The session ends (kernel shutdown or restart): destroy what its variables still hold, so
        their `__deinit__` runs (files flushed, Python references released) and memory returns."""
        from .ir.nodes import trivial

        live = [v for v in self.checker.globals.names.values()
                if isinstance(v, LocalVar) and v.global_name is not None and not trivial(v.ty)]
        if not live or not self._libs:
            return
        self._interrupt_flag.value = 0
        module, diags = self._parse_cell("", -1)
        try:
            self._compile_and_run(module, diags, "", -1, self._snapshot(), destroy=live)
        finally:
            for v in live:
                self.checker.globals.names.pop(v.name, None)

    def _compile_and_run(self, module: A.Module, diags: list, source: str, cell_id: int, snapshot: tuple,
                         destroy: list[LocalVar] | None = None) -> ExecuteResult:
        from .codegen import backend, stackguard

        cell = self._lower_cell(module, diags, cell_id, snapshot, destroy or [])
        m, unit, cell_fn, warnings = cell.module, cell.unit, cell.cell_fn, cell.warnings
        entry, value_name, error_name = f"{unit}.entry", f"{cell_fn.llname}.value", f"{unit}.error"
        obj = backend.optimize_to_object(str(m.mod), opt_level=self.options.opt_level)
        if self._interrupt_flag.value:  # pressed while LLVM compiled: the cell does not start
            raise CompileInterrupted()
        exports = [entry, error_name] + ([value_name] if value_name in m.mod.globals else [])
        syms = backend.jit_link([obj], unit, self._libs, exports)
        self._libs.append(unit)
        self._python_functions = {}
        self._ran = True

        self._last_stderr = ""
        self._overflow_fn.value = None
        if warnings:  # before the cell's own output
            self.output("stderr", warnings + "\n")
        with self.stack_guard:
            status = ctypes.CFUNCTYPE(ctypes.c_int32)(syms[entry])()
        if status == 0:
            value = _MojoString.from_address(syms[value_name]).text() if value_name in syms else None
            if value_name in syms and not _MojoString.from_address(syms[value_name]).ptr:
                value = None
            return ExecuteResult(value, "")
        if status == -1:
            raise MojoError(_MojoString.from_address(syms[error_name]).text())
        if status == 130:
            raise MojoInterrupted("interrupted by the user")
        if status == stackguard.OVERFLOW_STATUS and self._overflow_fn.value:
            raise MojoError(stack_overflow_message(self._overflow_fn.value.decode("utf-8", "replace")))
        detail = self._last_stderr.strip() or f"the cell stopped with status {status}"
        raise MojoError(detail)

    def _lower_cell(self, module: A.Module, diags: list, cell_id: int, snapshot: tuple,
                    destroy: list[LocalVar] = ()) -> _LoweredCell:  # type: ignore[assignment]
        """Check a cell against the session and lower it to one LLVM module (its functions and its
        entry); raises CompileError after restoring the session."""
        from .codegen import backend
        from .codegen.module import ModuleLowering

        c = self.checker
        self._ran = False
        c.session_moves = []
        decls = [s for s in module.body if isinstance(s, _DECLARATIONS)]
        stmts, implicit = self._implicit_declarations([s for s in module.body if not isinstance(s, _DECLARATIONS)])
        for s in stmts:
            if isinstance(s, A.VarDecl):
                s.session_global = True  # type: ignore[attr-defined]
        if stmts and isinstance(stmts[-1], A.ExprStmt):
            stmts[-1].is_value = True  # type: ignore[attr-defined]  # shown even if it is a string literal
        unit = f"s{self.id}.cell{cell_id}.{len(self._libs)}"
        cell_def = A.FuncDef(module.span, f"__cell{len(self._libs)}", module.span, [], None, True, stmts)
        cell_def.destroy_session_vars = destroy  # type: ignore[attr-defined]
        n_funcs, n_globals = len(c.program.functions), len(c.program.globals)
        c.diags = []
        for s in implicit:
            c.warn(f"'{s.names[0]} = ...' declaring a new variable is the 2023 Mojo spelling; Mojo 1.2 writes "
                   f"'var {s.names[0]} = ...'", s.name_spans[0])
        cell_module = A.Module(module.span, decls + [cell_def])
        cell_module.dialect_2023 = getattr(module, "dialect_2023", False)  # type: ignore[attr-defined]
        c.declare_module(cell_module, is_stdlib=False)
        # The cell's own statements first: they declare its session variables, which functions
        # defined in the same cell may use (they are globals, like the previous cells' ones).
        c._pending_bodies.sort(key=lambda f: f.decl is not cell_def)
        c.check_bodies()
        shown = stmts[-1] if stmts and isinstance(stmts[-1], A.ExprStmt) else None
        capture = shown is not None and getattr(shown, "is_value", False) and self._printable(shown.expr)
        diags = list(diags) + c.diags
        if any(d.severity == "warning" and "2023 Mojo" in d.message for d in c.diags):
            self._dialect_2023 = True  # `from memory.unsafe import DTypePointer`: later cells are 2023 code
        if any(d.severity == "error" for d in diags):
            self._restore(snapshot)
            raise CompileError(sorted(diags, key=lambda d: (d.span.line, d.span.col)), self.sources)
        warnings = render_all([d for d in diags if d.severity == "warning"], self.sources)
        for sym in c.session_moves:  # moved away: later cells are told so (not destroyed again)
            c.globals.names[sym.name] = MovedSessionVar(sym.name, f"cell[{cell_id}]")
        new_funcs = c.program.functions[n_funcs:]
        new_consts = c.program.globals[n_globals:]
        cell_fn = next(f for f in new_funcs if f.decl is cell_def)
        cell_fn.capture_last = capture

        tm = backend.target_machine()
        m = ModuleLowering(c.globals, name=unit, triple=tm.triple, data_layout=str(tm.target_data),
                           target_data=tm.target_data, fp_contract=self.options.fp_contract, session=True,
                           count_allocs=self.options.count_allocs)
        m.define_here.update(f.slot for f in new_funcs if f.slot == "slot." + f.llname)
        m.define_here.update(new_consts)
        m.define_here.update(sym for s in stmts if isinstance(s, A.VarDecl) for sym in s.syms)
        m.should_stop = c.should_stop
        m.lower_functions(new_funcs, internal=False)
        entry, value_name, error_name = f"{unit}.entry", f"{cell_fn.llname}.value", f"{unit}.error"
        m.lower_cell_entry(entry, cell_fn, new_funcs, new_consts, error_name)
        return _LoweredCell(m, unit, cell_fn, list(new_funcs), warnings)

    def _implicit_declarations(self, stmts: list[A.Stmt]) -> tuple[list[A.Stmt], list[A.VarDecl]]:
        """`z = 5` at the top level of a cell, for a name nothing declares: the 2023 notebooks'
        implicit declaration, a session variable here (Mojo 1.2 rejects it; the checker warns)."""
        known = set(self.checker.globals.names)
        out, implicit = [], []
        for s in stmts:
            t = s.target if isinstance(s, A.Assign) else None
            if isinstance(t, A.Name) and t.id != "_" and t.id not in known and \
                    self.checker.globals.lookup(t.id) is None:
                s = A.VarDecl(s.span, [t.id], [t.span], None, s.value)
                implicit.append(s)
            if isinstance(s, A.VarDecl):
                known.update(s.names)
            out.append(s)
        return out, implicit

    def _printable(self, e: A.Expr) -> bool:
        """Whether the cell's trailing expression has a printed form (`write_to`, as print() needs;
        a struct without one is evaluated but shows nothing). Makes sure that form is compiled."""
        c = self.checker
        if e.ty in (None, T.UNKNOWN, T.NONE) or any(d.severity == "error" for d in c.diags):
            return False
        try:
            from .check.builtins import _require_writable  # what print() checks
        except ImportError:
            return not isinstance(e.ty, T.StructType) or "write_to" in e.ty.info.methods
        before = len(c.diags)
        _require_writable(c, e)
        ok = len(c.diags) == before
        del c.diags[before:]
        c.check_bodies()  # the write_to of a generic struct (Dict[K, V]) is compiled only when used
        return ok

    def _snapshot(self) -> tuple:
        names = dict(self.checker.globals.names)
        overloads = {id(v): list(v.funcs) for v in names.values() if isinstance(v, OverloadSet)}
        p = self.checker.program
        instances = len(getattr(self.checker, "instance_log", []))
        return names, overloads, len(p.functions), len(p.globals), len(p.structs), instances

    def _restore(self, snap: tuple) -> None:
        """Undo a cell that failed to compile: nothing of it persists."""
        names, overloads, nf, ng, ns, instances = snap
        self.checker.globals.names.clear()
        self.checker.globals.names.update(names)
        for v in names.values():
            if isinstance(v, OverloadSet) and id(v) in overloads:
                v.funcs[:] = overloads[id(v)]
        p = self.checker.program
        for f in p.functions[nf:]:
            f.required = False  # lazily compiled methods used only by the failed cell
        del p.functions[nf:], p.globals[ng:], p.structs[ns:]
        self.checker.forget_instances(instances)
        self.checker._pending_bodies.clear()

    # ------------------------------------------------------------------ Python interop
    def python_functions(self) -> dict[str, Any]:
        """Session functions callable from Python (arguments and results of Int, Float64, Bool, String)."""
        if not self._python_functions:
            from .pycall import make_python_functions

            self._python_functions = make_python_functions(self)
        return dict(self._python_functions)


def _display_name(f: Any) -> str:
    """A function as the user names it: `f`, `Point.__init__`; the cell's own statements as `__cellN`."""
    owner = getattr(f, "owner", None)
    return f"{owner.name}.{f.name}" if owner is not None else f.name


def _no_function(name: str, known: list[str]) -> str:
    shown = ", ".join(sorted({k for k in known if not k.startswith("__cell")})) or "none"
    return f"this cell compiles no function named '{name}' (its functions: {shown})"


def _one_function(text: str, stage: str, name: str, funcs: list[Any]) -> str:
    """The part of optimized LLVM IR or assembly text that belongs to the function(s) named `name`."""
    llnames = [f.llname for f in funcs if name in (_display_name(f), f.name) and f.llname]
    if not llnames:
        raise ValueError(_no_function(name, [_display_name(f) for f in funcs]))
    lines, out, keep = text.splitlines(), [], False
    for line in lines:
        if stage == "llvm":
            start = line.startswith("define ") and any(f"@{n}(" in line or f'@"{n}"(' in line for n in llnames)
            end = line == "}"
        else:
            start = any(line in (f"{n}:", f'"{n}":') for n in llnames)
            end = line.lstrip().startswith(".Lfunc_end") or line.lstrip().startswith(".size")
        if start:
            keep = True
        if keep:
            out.append(line)
            if end:
                keep = False
                out.append("")
    if not out:  # inlined everywhere and dropped: nothing of its own is left
        return f"; '{name}' was inlined into its callers: no code of its own\n"
    return "\n".join(out).rstrip("\n") + "\n"


def _python_cell_global(name: str) -> bool:
    """Whether `%%python` cells defined `name`: the kernel's IPython runs them in `__main__`."""
    main = sys.modules.get("__main__")
    return main is not None and not name.startswith("_") and name in vars(main)


def _default_output(stream: str, text: str) -> None:
    target = sys.stdout if stream == "stdout" else sys.stderr
    target.write(text)
    target.flush()


__all__ = ["EMIT_STAGES", "CompileError", "Completion", "ExecuteResult", "FuncInfo", "MojitoInternalError", "MojoError", "MojoInterrupted",
           "Session"]
