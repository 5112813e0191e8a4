"""The compiler's public API: source text -> native code, with an on-disk object cache.

    compile_source(text, filename, options) -> Compiled   (raises CompileError)
    run_compiled(compiled) -> exit status                 (JIT, in this process)
    build_executable(compiled, out_path)                  (system `cc`)

The standard library (compiler/stdlib/*.mojo) is compiled by this same pipeline into its own
object, cached separately, so a program's compile time does not include it.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, limits, python_embed
from .check import types as T
from .check.checker import Checker
from .diagnostics import CompileError, Diagnostic, SourceMap, render_all
from .frontend.parser import parse

STDLIB_DIR = Path(__file__).parent / "stdlib"


@dataclass(frozen=True)
class Options:
    fp_contract: bool = True  # fuse multiply-add into FMA, as `mojo run` does by default
    opt_level: int = 3
    # MOJITO_ALLOC_STATS=1: count allocations and frees, report them at exit (a debugging build:
    # counting hides malloc from LLVM's optimizer, so it is off by default).
    count_allocs: bool = field(default_factory=lambda: bool(os.environ.get("MOJITO_ALLOC_STATS")))

    def key(self) -> str:
        return f"contract={self.fp_contract};O{self.opt_level};count={self.count_allocs}"


@dataclass
class Compiled:
    objects: list[bytes]
    warnings: str = ""
    from_cache: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    uses_python: bool = False  # imports std.python: runs holding the GIL, links libpython when built


def cache_dir() -> Path:
    base = os.environ.get("MOJITO_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "mojito")
    return Path(base) / "objects"


def shared_cache_dirs() -> list[Path]:
    """Read-only caches prebuilt for everyone (compiler/prebuild.py), each holding one folder per
    compiler fingerprint: a new notebook user's first cell loads the library from there instead of
    compiling it. MOJITO_SHARED_CACHE lists them, separated like PATH."""
    roots = [p for p in os.environ.get("MOJITO_SHARED_CACHE", "").split(os.pathsep) if p]
    return [Path(r) / compiler_fingerprint() / "objects" for r in roots]


def _cache_get(key: str) -> bytes | None:
    for d in (cache_dir(), *shared_cache_dirs()):
        try:
            return (d / f"{key}.o").read_bytes()
        except OSError:
            continue
    return None


def _cache_put(key: str, data: bytes) -> None:
    d = cache_dir()
    try:
        d.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, d / f"{key}.o")
    except OSError:
        pass  # a read-only or full cache only costs speed


def _stdlib_sources() -> list[tuple[str, str]]:
    # builtin.mojo first: the modules may use its private helpers (the print buffer `_Buffer`, ...);
    # the 2023 names last: they are written over the rest of the library.
    def order(p: Path) -> tuple:
        return (p.name != "builtin.mojo", p.name == "utils.legacy2023.mojo", p.name)

    paths = sorted(STDLIB_DIR.glob("*.mojo"), key=order)
    return [(f"<std>/{p.name}", p.read_text()) for p in paths]


@functools.cache
def compiler_fingerprint() -> str:
    """A hash of the compiler's own code, so a changed compiler never reuses stale objects."""
    h = hashlib.sha256(__version__.encode())
    root = Path(__file__).parent
    for p in sorted(root.rglob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _hash(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode())
        h.update(b"\0")
    return h.hexdigest()[:32]


@dataclass
class Stdlib:
    """The standard library declared into a checker, and its compiled object."""

    funcs: list
    key: str
    obj: bytes | None


_parsed_cache: dict[str, bytes] = {}


def _parsed_stdlib(std: list[tuple[str, str]]) -> list:
    """Fresh ASTs of the standard library (the checker annotates them, so each compilation needs
    its own). Parsing it takes most of a cold compile; unpickling a parsed copy is several times
    faster, so the parse is kept in memory and in the object cache, keyed by the sources and the
    compiler's own code."""
    import pickle

    # The pickle names the AST classes by module path, and the compiler is imported both as
    # `compiler` and as `mojito.compiler`: a parse pickled under one path and loaded under the other
    # gives ASTs of the other copy's classes, which no isinstance check of this copy accepts.
    key = "ast-" + _hash(compiler_fingerprint(), __name__, *(s for _, s in std))
    blob = _parsed_cache.get(key) or _cache_get(key)
    if blob is None:
        modules = []
        for name, src in std:
            mod, diags = parse(src, name)
            if any(d.severity == "error" for d in diags):
                raise InternalError("the standard library failed to parse:\n" + "\n".join(d.message for d in diags))
            modules.append(mod)
        blob = pickle.dumps(modules, protocol=pickle.HIGHEST_PROTOCOL)
        _cache_put(key, blob)
    _parsed_cache[key] = blob
    import gc

    enabled = gc.isenabled()
    gc.disable()  # tens of thousands of new objects: collections during the load would cost more than it
    try:
        return pickle.loads(blob)
    finally:
        if enabled:
            gc.enable()


def declare_stdlib(checker: Checker, sources: SourceMap, options: Options, *, need_object: bool = True) -> Stdlib:
    """Declare compiler/stdlib/*.mojo into checker. Bodies are checked only when the object must be built."""
    from .codegen import backend

    std = _stdlib_sources()
    key = "std-" + _hash(compiler_fingerprint(), backend.target_key(), options.key(), *(s for _, s in std))
    modules = _parsed_stdlib(std)
    for (name, src), mod in zip(std, modules):
        sources.add(name, src)
        module_name = name.rsplit("/", 1)[-1].removesuffix(".mojo")
        checker.declare_module(mod, is_stdlib=True, std_module=None if module_name == "builtin" else module_name)
    lib = Stdlib(list(checker.program.functions), key, _cache_get(key) if need_object else None)
    if lib.obj is not None or not need_object:
        checker._pending_bodies.clear()  # already compiled: declarations are enough
    checker.check_bodies()
    _fail_internal_if(checker.diags, sources)
    checker.diags = []
    return lib


def stdlib_object(checker: Checker, lib: Stdlib, options: Options) -> bytes:
    if lib.obj is None:
        from .codegen import backend
        from .codegen.module import ModuleLowering

        tm = backend.target_machine()
        sm = ModuleLowering(checker.globals, name="std", triple=tm.triple, data_layout=str(tm.target_data),
                            target_data=tm.target_data, fp_contract=options.fp_contract, owns_runtime=True,
                            count_allocs=options.count_allocs)
        sm.lower_functions(lib.funcs, internal=False)
        lib.obj = backend.optimize_to_object(str(sm.mod), opt_level=options.opt_level)
        _cache_put(lib.key, lib.obj)
    return lib.obj


@limits.with_deep_recursion
def compile_source(text: str, filename: str, options: Options = Options()) -> Compiled:
    import time

    from .codegen import backend

    t0 = time.perf_counter()
    std_key = "std-" + _hash(compiler_fingerprint(), backend.target_key(), options.key(),
                             *(s for _, s in _stdlib_sources()))
    user_key = "prog-" + _hash(compiler_fingerprint(), backend.target_key(), options.key(), std_key, filename, text)
    std_obj = _cache_get(std_key)
    user_obj = _cache_get(user_key)
    if std_obj is not None and user_obj is not None:
        warnings = _cache_get(user_key + ".warn") or b""
        return Compiled([std_obj, user_obj], warnings.decode(), True, {"total": time.perf_counter() - t0},
                        python_embed.uses_python(text))

    checker, lib, um, warnings = _lower_program(text, filename, options, need_object=True)
    user_ir = str(um.mod)
    t1 = t2 = time.perf_counter()
    user_obj = backend.optimize_to_object(user_ir, opt_level=options.opt_level)
    t3 = time.perf_counter()
    _cache_put(user_key, user_obj)
    _cache_put(user_key + ".warn", warnings.encode())
    std_obj = stdlib_object(checker, lib, options)
    return Compiled([std_obj, user_obj], warnings, False,
                    {"front": t1 - t0, "lower": t2 - t1, "llvm": t3 - t2, "total": time.perf_counter() - t0},
                    python_embed.uses_python(text))


def _lower_program(text: str, filename: str, options: Options, need_object: bool,
                   line_table: bool = False) -> tuple:
    """Check a whole program and lower it to an LLVM module (raises CompileError)."""
    from .codegen import backend
    from .codegen.module import ModuleLowering

    sources = SourceMap()
    checker = Checker()
    lib = declare_stdlib(checker, sources, options, need_object=need_object)
    sources.add(filename, text)
    module, diags = parse(text, filename)
    diags = list(diags)
    if not any(d.severity == "error" for d in diags):
        checker.declare_module(module, is_stdlib=False)
        checker.check_bodies()
        if checker.program.main is None and not any(d.severity == "error" for d in checker.diags):
            checker.error("this program has no 'main' function; add 'def main():'",
                          module.span)
        diags += checker.diags
    errors = [d for d in diags if d.severity == "error"]
    warnings = render_all([d for d in diags if d.severity == "warning"], sources)
    if errors:
        raise CompileError(_sorted(diags), sources)
    tm = backend.target_machine()
    td = tm.target_data
    user_funcs = [f for f in checker.program.functions if f not in lib.funcs]
    um = ModuleLowering(checker.globals, name=filename, triple=tm.triple, data_layout=str(td),
                        target_data=td, fp_contract=options.fp_contract, count_allocs=options.count_allocs)
    if line_table:
        from .codegen.debuginfo import LineTable

        um.lines = LineTable(um.mod, filename)
    um.lower_functions(user_funcs, internal=True)
    um.lower_entry(checker.program.main, checker.program.globals)
    return checker, lib, um, warnings


EMIT_STAGES = ("ir", "llvm", "asm", "obj")


def emit(text: str, filename: str, stage: str, options: Options = Options()) -> str | bytes:
    """One stage of a program's compilation, for people to read: "ir" (Mojito's mid-level IR, with
    its copies, moves and destroys), "llvm" (optimized LLVM IR), "asm" (host assembly) or "obj"
    (object file bytes). Covers the program's own functions, not the standard library."""
    from .codegen import backend
    from .ir.printer import format_functions

    if stage not in EMIT_STAGES:
        raise ValueError(f"unknown stage '{stage}' (choose from {', '.join(EMIT_STAGES)})")
    _, _, um, _ = _lower_program(text, filename, options, need_object=False)
    if stage == "ir":
        return format_functions([f for f in um.ir_functions if f.info is not None])
    ir_text = str(um.mod)
    if stage == "llvm":
        return backend.optimized_ir(ir_text, options.opt_level)
    if stage == "asm":
        return backend.assembly(ir_text, options.opt_level)
    return backend.optimize_to_object(ir_text, opt_level=options.opt_level)


def emit_with_lines(text: str, filename: str, stage: str, options: Options = Options()) -> tuple[str, list[int | None]]:
    """A text stage of emit() for reading beside the source, as on Compiler Explorer: the text, and
    for each of its lines the program's source line it came from (None: none, or not known)."""
    from .codegen import backend, debuginfo
    from .ir.printer import format_functions_with_lines

    if stage not in ("ir", "llvm", "asm"):
        raise ValueError(f"no line map for stage '{stage}' (choose from ir, llvm, asm)")
    _, _, um, _ = _lower_program(text, filename, options, need_object=False, line_table=stage != "ir")
    if stage == "ir":
        return format_functions_with_lines([f for f in um.ir_functions if f.info is not None], filename)
    ir_text = str(um.mod)
    if stage == "llvm":
        return debuginfo.llvm_lines(backend.optimized_ir(ir_text, options.opt_level))
    return debuginfo.asm_lines(backend.assembly(ir_text, options.opt_level))


def _sorted(diags: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(diags, key=lambda d: (d.span.file, d.span.line, d.span.col))


def _fail_internal_if(diags: list[Diagnostic], sources: SourceMap) -> None:
    errors = [d for d in diags if d.severity == "error"]
    if errors:
        raise InternalError("the standard library failed to compile:\n" + render_all(errors, sources))


class InternalError(Exception):
    pass


def run_compiled(compiled: Compiled, argv: list[str] | None = None) -> int:
    """Run the program's main in this process; argv is what `std.sys.argv()` returns."""
    import ctypes

    from .codegen import backend

    entry = backend.jit_entry(compiled.objects, hold_gil=compiled.uses_python)
    args = [a.encode() for a in (argv or ["mojo"])]
    c_argv = (ctypes.c_char_p * (len(args) + 1))(*args, None)
    sys.stdout.flush()
    sys.stderr.flush()
    return int(entry(len(args), c_argv))


def build_executable(compiled: Compiled, out_path: str) -> None:
    from .codegen import backend
    from .codegen.module import ModuleLowering

    tm = backend.target_machine()
    m = ModuleLowering(None, name="cmain", triple=tm.triple, data_layout=str(tm.target_data),
                       target_data=tm.target_data)
    from llvmlite import ir

    ir.Function(m.mod, ir.FunctionType(ir.IntType(32), [ir.IntType(32), ir.PointerType()]), name="mojito_entry")
    flags = python_embed.link_flags() if compiled.uses_python else []  # NoLibPython: the CLI says why
    m.lower_c_main(python_embed.startup_env() if compiled.uses_python else {})
    objects = compiled.objects + [backend.optimize_to_object(str(m.mod), opt_level=0)]
    backend.link_executable(objects, out_path, flags)


__all__ = [
    "CompileError",
    "Compiled",
    "InternalError",
    "Options",
    "T",
    "build_executable",
    "compile_source",
    "emit",
    "run_compiled",
]
