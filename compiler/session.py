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
import keyword
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import driver, limits
from .check import types as T
from .check.checker import Checker
from .check.symbols import Builtin, FuncInfo, GlobalConst, LocalVar, ModuleSym, MovedSessionVar, OverloadSet, TypeSym
from .diagnostics import CompileError, CompileInterrupted, MojitoInternalError, SourceMap, internal_error_message, render_all
from .frontend import ast as A
from .frontend.lexer import KEYWORDS, tokenize
from .frontend.parser import mark_2023, parse
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
class Completion:
    text: str
    type: str  # JupyterLab's kinds: function, class, module, keyword, instance
    signature: str = ""


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


class Session:
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

    # ------------------------------------------------------------------ editor support
    def is_complete(self, source: str) -> tuple[str, str]:
        """For consoles: is this input a whole cell, or should the user keep typing?"""
        if not source.strip():
            return "complete", ""
        toks, lex_diags = tokenize(source, "<input>")
        if any("unterminated triple-quoted" in d.message for d in lex_diags):
            return "incomplete", ""
        depth = 0
        for t in toks:
            if t.kind == "OP" and t.text in "([{":
                depth += 1
            elif t.kind == "OP" and t.text in ")]}":
                depth -= 1
        lines = source.rstrip("\n").split("\n")
        last = lines[-1]
        indent = re.match(r"[ \t]*", last).group(0)
        if depth > 0:
            return "incomplete", indent
        if last.rstrip().endswith(":"):
            return "incomplete", indent + "    "
        if last.rstrip().endswith("\\"):
            return "incomplete", indent
        _, diags = parse(source, "<input>")
        if any(d.severity == "error" for d in diags):
            return "invalid", ""
        if indent and not source.endswith("\n\n"):
            return "incomplete", indent
        return "complete", ""

    def _scope_names(self) -> dict[str, Any]:
        return {k: v for k, v in self.checker.globals.names.items()
                if not k.startswith("_") and not k.startswith("__cell")}

    def complete(self, source: str, cursor_pos: int) -> tuple[list[str], int, int]:
        items, start, end = self.completions(source, cursor_pos)
        return [c.text for c in items], start, end

    def completions(self, source: str, cursor_pos: int) -> tuple[list[Completion], int, int]:
        """What may be typed at the cursor, each with its kind and signature (for JupyterLab's
        `_jupyter_types_experimental`), and the range it replaces."""
        before = source[:cursor_pos]
        m = re.search(r"[A-Za-z_][A-Za-z0-9_]*$", before)
        word = m.group(0) if m else ""
        start = cursor_pos - len(word)
        imp = re.search(r"(?:from|import)\s+([A-Za-z_.]*)$", before)
        if imp:
            prefix = imp.group(1)
            mods = sorted(n for n in self.checker.modules if n.startswith("std.") and n.startswith(prefix))
            return [Completion(n, "module", f"module {n}") for n in mods], cursor_pos - len(prefix), cursor_pos
        owner_text = before[:start].rstrip()
        found: dict[str, Completion] = {}
        if owner_text.endswith("."):
            chain = re.search(r"([A-Za-z_][A-Za-z0-9_.]*)\.$", owner_text)
            for c in (self._member_completions(chain.group(1), source) if chain else []):
                found.setdefault(c.text, c)
        else:
            for name, sym in self._scope_names().items():
                found[name] = self._describe(name, sym)
            for k in KEYWORDS:
                if k.isidentifier():
                    found.setdefault(k, Completion(k, "keyword"))
            # Names this cell defines before it has run.
            for kw, name in re.findall(r"\b(var|def|fn|struct|comptime|alias)\s+([A-Za-z_][A-Za-z0-9_]*)", source):
                kind = {"def": "function", "fn": "function", "struct": "class"}.get(kw, "instance")
                found.setdefault(name, Completion(name, kind, self._source_signature(source, kw, name)))
        items = [c for name, c in sorted(found.items()) if name.startswith(word)]
        return items, start, cursor_pos

    def _describe(self, name: str, sym: Any) -> Completion:
        if isinstance(sym, OverloadSet) and sym.funcs:
            more = len(sym.funcs) - 1
            return Completion(name, "function", self._header(sym.funcs[0]) + (f"  (+{more} overloads)" if more else ""))
        if isinstance(sym, FuncInfo):
            return Completion(name, "function", self._header(sym))
        if isinstance(sym, TypeSym):
            if sym.is_trait:
                return Completion(name, "class", f"trait {name}")
            if isinstance(sym.ty, T.StructType) and not sym.ty.info.decl.span.file.startswith("<std>"):
                return Completion(name, "class", self._struct_header(sym.ty.info))
            return Completion(name, "class", f"struct {name}")
        if isinstance(sym, LocalVar):
            return Completion(name, "instance", f"var {name}: {sym.ty}")
        if isinstance(sym, GlobalConst):
            return Completion(name, "instance", f"comptime {name}: {sym.ty}")
        if isinstance(sym, ModuleSym):
            return Completion(name, "module", f"module {sym.name}")
        if isinstance(sym, Builtin):
            doc = _BUILTIN_DOCS.get(name)
            return Completion(name, "function", doc.splitlines()[0] if doc else f"builtin function {name}")
        return Completion(name, "instance")

    def _member_completions(self, chain: str, source: str) -> list[Completion]:
        sym = self._resolve_chain(chain, source)
        if isinstance(sym, ModuleSym):
            return [self._describe(n, s) for n, s in sorted(sym.members.items()) if not n.startswith("_")]
        ty = None
        if isinstance(sym, (TypeSym, LocalVar)):
            ty = sym.ty
        elif isinstance(sym, T.Type):
            ty = sym
        if isinstance(ty, T.StructType):
            info = ty.info
            out = [Completion(n, "instance", f"var {n}: {t}") for n, (_, t) in info.fields.items()]
            for n, ov in info.methods.items():
                if not n.startswith("__") and ov.funcs:
                    out.append(self._describe(n, ov))
            if "copy" not in info.methods:
                out.append(Completion("copy", "function", f"def copy(self) -> {info.name}"))
            return out
        if ty in (T.STRING, T.STR_LIT):
            from .check.builtins import STRING_METHODS

            out = [Completion(n, "function", f"def {n}(self)") for n in ("byte_length", "codepoints", "as_bytes")]
            for n, impl in STRING_METHODS.items():
                if not n.startswith("_"):
                    out.append(Completion(n, "function", self._method_signature(n, "String", impl)))
            return out
        if isinstance(ty, T.ListType):
            el = str(ty.elem)
            sigs = {"append": f"def append(mut self, var value: {el})",
                    "insert": f"def insert(mut self, i: Int, var value: {el})",
                    "pop": f"def pop(mut self, i: Int = -1) -> {el}",
                    "index": f"def index(self, value: {el}, start: Int = 0, stop: Int = len(self)) raises -> Int",
                    "count": f"def count(self, value: {el}) -> Int",
                    "copy": f"def copy(self) -> List[{el}]",
                    "clear": "def clear(mut self)",
                    "extend": f"def extend(mut self, var other: List[{el}])",
                    "reverse": "def reverse(mut self)"}
            return [Completion(n, "function", sig) for n, sig in sigs.items()] + \
                self._library_methods("_list_", el, skip={"index"})
        if isinstance(ty, T.OptionalType):
            el = str(ty.elem)
            return [Completion("value", "function", f"def value(self) -> {el}"),
                    Completion("unsafe_value", "function", f"def unsafe_value(self) -> {el}"),
                    Completion("or_else", "function", f"def or_else(self, var default: {el}) -> {el}")] + \
                self._library_methods("_opt_", el)
        if isinstance(ty, T.IntType):
            return [Completion("MAX", "instance", f"comptime MAX: {ty}"), Completion("MIN", "instance", f"comptime MIN: {ty}")]
        return []

    # Library functions behind a builtin type's methods (`_list_NAME(xs, ...)`) that are no method.
    _NOT_METHODS = {"eq", "iter", "repr", "concat", "repeat", "slice", "try_index", "all", "any", "reversed",
                    "getitem", "getitem_or_abort"}

    def _library_methods(self, prefix: str, elem: str, skip: set[str] = frozenset()) -> list[Completion]:
        """Methods written in the library as `PREFIXname(self_value, ...)`, with their signatures
        as the methods read: `self` first, the element type for `T`."""
        out = []
        for name, sym in sorted(self.checker.globals.names.items()):
            method = name[len(prefix):]
            if not name.startswith(prefix) or method.startswith("_") or method in self._NOT_METHODS | skip or \
                    not isinstance(sym, OverloadSet) or not sym.funcs:
                continue
            header = re.sub(r"\bT\b", elem, self._header(sym.funcs[0]))
            m = re.match(r"(?:def|fn) \w+(?:\[[^\]]*\])?\((mut |var |ref )?\w+: [^,)]*(, )?(.*)$", header, re.S)
            sig = f"def {method}({m.group(1) or '' if m else ''}self{', ' if m and m.group(2) else ''}" \
                  f"{m.group(3) if m else ')'}"
            out.append(Completion(method, "function", sig))
        return out

    def _method_signature(self, method: str, self_type: str, impl: str) -> str:
        """A String method implemented by a standard library function `impl(s, ...)`."""
        ov = self.checker.globals.names.get(impl)
        f = ov.funcs[0] if isinstance(ov, OverloadSet) and ov.funcs else ov if isinstance(ov, FuncInfo) else None
        if f is None:
            return f"def {method}(self)"
        params = ", ".join(["self"] + [f"{p.name}: {p.ty}" for p in f.params[1:]])
        ret = "" if str(f.ret) == "NoneType" else f" -> {f.ret}"
        return f"def {method}({params}){' raises' if f.raises else ''}{ret}"

    def _header(self, f: FuncInfo) -> str:
        """A function's signature as its source writes it (parameters, defaults, `raises`, result);
        the checker's form where the source is not at hand."""
        decl = f.decl
        if decl is not None:
            text = self._text_from(decl.name_span.file, decl.name_span.line, decl.name_span.col)
            if text is not None:
                line = self.sources.line(decl.name_span.file, decl.name_span.line) or ""
                kw = re.search(r"\b(def|fn)\s+$", line[:decl.name_span.col - 1])
                return f"{kw.group(1) if kw else 'def'} {_header_end(text)}"
        return f.signature()

    def _struct_header(self, info: Any) -> str:
        traits = f"({', '.join(sorted(info.traits))})" if info.traits else ""
        return f"struct {info.name}{traits}"

    def _text_from(self, file: str, line: int, col: int, max_lines: int = 12) -> str | None:
        first = self.sources.line(file, line)
        if first is None:
            return None
        lines = [first[col - 1:]]
        for n in range(line + 1, line + max_lines):
            more = self.sources.line(file, n)
            if more is None:
                break
            lines.append(more)
        return "\n".join(lines)

    def _source_signature(self, source: str, kw: str, name: str) -> str:
        m = re.search(rf"\b{kw}\s+{re.escape(name)}\b", source)
        if m is None:
            return f"{kw} {name}"
        if kw in ("def", "fn"):
            return f"{kw} {_header_end(source[m.start() + len(kw):].lstrip())}"
        return source[m.start():].split("\n", 1)[0].strip().rstrip(":")

    def _resolve_chain(self, chain: str, source: str) -> Any:
        parts = chain.split(".")
        modules = self.checker.modules
        # The longest prefix that names a module: `std.math.sqrt` is `sqrt` of `std.math`.
        for i in range(len(parts), 0, -1):
            prefix = ".".join(parts[:i])
            if prefix in modules and (i > 1 or self.checker.globals.names.get(parts[0]) is None):
                sym: Any = modules[prefix]
                parts = [prefix] + parts[i:]
                break
        else:
            sym = self.checker.globals.names.get(parts[0])
        if sym is None:
            # A variable of this cell that has not run yet: `var p = Point(...)` -> Point.
            m = re.search(rf"\bvar\s+{re.escape(parts[0])}\s*(?::\s*([A-Za-z_]\w*)|=\s*([A-Za-z_]\w*)\s*\()", source)
            if m:
                sym = self.checker.globals.names.get(m.group(1) or m.group(2))
                if isinstance(sym, TypeSym):
                    sym = sym.ty
        for p in parts[1:]:
            if isinstance(sym, ModuleSym):
                sym = sym.members.get(p)
            elif isinstance(sym, (LocalVar, TypeSym)) and isinstance(sym.ty, T.StructType):
                fld = sym.ty.info.fields.get(p)
                sym = fld[1] if fld else None
            elif isinstance(sym, T.StructType):
                fld = sym.info.fields.get(p)
                sym = fld[1] if fld else None
            else:
                return None
        return sym

    def inspect(self, source: str, cursor_pos: int) -> str | None:
        """Signature(s) and documentation of the name at (or just before) the cursor, or of the
        function whose call's arguments the cursor is in (Shift+Tab in `f(a, |)`); a variable's type."""
        left = re.search(r"[A-Za-z_][A-Za-z0-9_.]*$", source[:cursor_pos])
        right = re.match(r"[A-Za-z0-9_]*", source[cursor_pos:])
        name = ((left.group(0) if left else "") + (right.group(0) if right else "")).strip(".")
        text = self._inspect_name(name, source) if name else None
        if text is None:
            callee = _enclosing_call(source, cursor_pos)
            if callee:
                text = self._inspect_name(callee, source)
        return text

    def _inspect_name(self, name: str, source: str) -> str | None:
        sym = self._resolve_chain(name, source)
        if sym is None and "." in name:
            owner, _, attr = name.rpartition(".")
            osym = self._resolve_chain(owner, source)
            oty = osym.ty if isinstance(osym, (TypeSym, LocalVar)) else osym if isinstance(osym, T.Type) else None
            if isinstance(oty, T.StructType) and attr in oty.info.methods:
                sym = oty.info.methods[attr]
            elif oty in (T.STRING, T.STR_LIT):
                from .check.builtins import STRING_METHODS

                if attr in STRING_METHODS:
                    return self._method_signature(attr, "String", STRING_METHODS[attr])
        if isinstance(sym, T.StructType):  # a field of a struct value: its type
            return f"{name}: {sym}" + self._type_summary(sym)
        if isinstance(sym, T.Type):
            return f"{name}: {sym}"
        if isinstance(sym, OverloadSet):
            parts = []
            for f in sym.funcs:
                parts.append(self._header(f))
                if f.decl is not None and f.decl.docstring:
                    parts.append(_indent_doc(f.decl.docstring))
            return "\n".join(parts)
        if isinstance(sym, TypeSym) and isinstance(sym.ty, T.StructType):
            info = sym.ty.info
            lines = [self._struct_header(info)]
            if info.decl.docstring:
                lines.append(_indent_doc(info.decl.docstring))
            lines += [f"    var {n}: {t}" for n, (_, t) in sorted(info.fields.items(), key=lambda kv: kv[1][0])]
            for ov in info.methods.values():
                lines += ["    " + self._header(f) for f in ov.funcs]
            return "\n".join(lines)
        if isinstance(sym, TypeSym):
            return f"{'trait' if sym.is_trait else 'type'} {sym.name}"
        if isinstance(sym, LocalVar):
            return f"var {sym.name}: {sym.ty}" + self._type_summary(sym.ty)
        if isinstance(sym, GlobalConst):
            return f"comptime {sym.name}: {sym.ty}" + (f" = {_show_const(sym.value)}" if sym.value is not None else "")
        if isinstance(sym, ModuleSym):
            return f"module {sym.name}: " + ", ".join(sorted(n for n in sym.members if not n.startswith("_")))
        last = name.rpartition(".")[2]
        if isinstance(sym, Builtin) or name in _BUILTIN_DOCS:
            return _BUILTIN_DOCS.get(last, f"builtin function {name}")
        if name in keyword.kwlist or name in KEYWORDS:
            return f"keyword {name}"
        return None

    def _type_summary(self, ty: Any) -> str:
        """For a value of a struct type: the first line of that struct's docstring."""
        if isinstance(ty, T.StructType) and ty.info.decl is not None and ty.info.decl.docstring:
            return f"\n{ty.info.name}: {_dedent(ty.info.decl.docstring).splitlines()[0]}"
        return ""

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


_BUILTIN_DOCS = {
    "print": "print(*values, sep: String = \" \", end: String = \"\\n\")\nWrites the values to standard output.",
    "len": "len(x) -> Int\nThe number of elements of a List, Dict, Set or a struct with __len__.",
    "range": "range(end) / range(start, end) / range(start, end, step)\nIntegers for a for loop.",
    "abs": "abs(x) -> same type\nThe absolute value.",
    "min": "min(a, b, ...) -> same type\nThe smallest of the values.",
    "max": "max(a, b, ...) -> same type\nThe largest of the values.",
    "ord": "ord(s: String) -> Int\nThe code point of the first character.",
    "chr": "chr(c: Int) -> String\nThe character with that code point.",
    "sort": "sort(mut xs: List[T])\nSorts the list in place (T must support '<').",
    "enumerate": "enumerate(xs: List[T])\nPairs (index, element) for a for loop.",
    "String": "String(x) -> String\nThe printed form of any Writable value; String() is empty.",
    "Int": "Int(x) -> Int\nConverts a number (truncating floats) or parses a String (raises on bad input).",
    "Float64": "Float64(x) -> Float64\nConverts a number or parses a String.",
    "Error": "Error(message: String) -> Error\nThe value `raise` throws.",
}


_MATH_1 = {
    "sqrt": "The square root", "cbrt": "The cube root", "exp": "e to the power x", "exp2": "2 to the power x",
    "log": "The natural logarithm", "log2": "The base-2 logarithm", "log10": "The base-10 logarithm",
    "sin": "The sine (radians)", "cos": "The cosine (radians)", "tan": "The tangent (radians)",
    "asin": "The arc sine", "acos": "The arc cosine", "atan": "The arc tangent", "sinh": "The hyperbolic sine",
    "cosh": "The hyperbolic cosine", "tanh": "The hyperbolic tangent",
}
for _name, _what in _MATH_1.items():
    _BUILTIN_DOCS[_name] = (f"{_name}(x: Float64) -> Float64  (std.math)\n{_what}; Float32 and Float16 too, "
                            "and SIMD vectors lane by lane.")
_BUILTIN_DOCS.update({
    "floor": "floor(x) -> same type  (std.math)\nRounds down; an Int is returned unchanged.",
    "ceil": "ceil(x) -> same type  (std.math)\nRounds up; an Int is returned unchanged.",
    "trunc": "trunc(x) -> same type  (std.math)\nRounds toward zero; an Int is returned unchanged.",
    "isnan": "isnan(x: Float64) -> Bool  (std.math)\nWhether x is not a number.",
    "isinf": "isinf(x: Float64) -> Bool  (std.math)\nWhether x is infinite.",
    "atan2": "atan2(y: Float64, x: Float64) -> Float64  (std.math)\nThe angle of the point (x, y).",
    "pow": "pow(x: Float64, y: Float64) -> Float64  (std.math)\nx to the power y.",
    "hypot": "hypot(x: Float64, y: Float64) -> Float64  (std.math)\nThe length of the vector (x, y).",
    "copysign": "copysign(x: Float64, y: Float64) -> Float64  (std.math)\nx with the sign of y.",
    "fma": "fma(a: Float64, b: Float64, c: Float64) -> Float64  (std.math)\na * b + c, rounded once.",
    "round": "round(x) -> same type / round(x, ndigits: Int)\nRounds half to even.",
    "repr": "repr(x) -> String\nThe value as source code would write it (strings quoted).",
    "all": "all(xs) -> Bool\nWhether every element is true.",
    "any": "any(xs) -> Bool\nWhether some element is true.",
    "reversed": "reversed(xs)\nThe elements from last to first, for a for loop.",
    "zip": "zip(a, b, ...)\nTuples of the elements at the same position, for a for loop.",
    "swap": "swap(mut a: T, mut b: T)\nExchanges the two values.",
    "print_no_newline": "print_no_newline(*values)\nWrites the values without a line break (2023 Mojo).",
    "debug_assert": "debug_assert(cond: Bool, message: String)\nStops with the message when cond is false.",
})


def _python_cell_global(name: str) -> bool:
    """Whether `%%python` cells defined `name`: the kernel's IPython runs them in `__main__`."""
    main = sys.modules.get("__main__")
    return main is not None and not name.startswith("_") and name in vars(main)


def _default_output(stream: str, text: str) -> None:
    target = sys.stdout if stream == "stdout" else sys.stderr
    target.write(text)
    target.flush()


def _header_end(text: str) -> str:
    """`name(params) -> T` of a `def` header that starts `text`: up to its colon at bracket depth 0."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == ":" and depth == 0:
            return " ".join(text[:i].split())
    return " ".join(text.split("\n", 1)[0].split())


def _enclosing_call(source: str, cursor_pos: int) -> str | None:
    """The callee of the innermost call whose parentheses hold the cursor: `f` in `f(a, |`."""
    depth = 0
    for i in range(min(cursor_pos, len(source)) - 1, -1, -1):
        ch = source[i]
        if ch in ")]}":
            depth += 1
        elif ch in "([{":
            if depth == 0:
                if ch != "(":
                    return None
                m = re.search(r"[A-Za-z_][A-Za-z0-9_.]*$", source[:i].rstrip())
                return m.group(0) if m else None
            depth -= 1
        elif ch == "\n" and depth == 0 and not source[:i].rstrip().endswith((",", "(")):
            return None
    return None


def _indent_doc(text: str) -> str:
    return textwrap_indent(_dedent(text))


def textwrap_indent(text: str) -> str:
    import textwrap

    return textwrap.indent(text, "    ")


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip()


def _show_const(v: Any) -> str:
    from fractions import Fraction

    if isinstance(v, Fraction):
        return repr(float(v))
    return repr(v)


__all__ = ["EMIT_STAGES", "CompileError", "Completion", "ExecuteResult", "FuncInfo", "MojitoInternalError", "MojoError", "MojoInterrupted",
           "Session"]
