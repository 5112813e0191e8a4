"""LLVM back end: target machine, O3 optimization, object code, JIT linking, executables."""

from __future__ import annotations

import ctypes
import functools
import os
import shutil
import subprocess
import tempfile

import llvmlite.binding as llvm


@functools.cache
def _init() -> None:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()


@functools.cache
def target_machine() -> llvm.TargetMachine:
    """A target machine for this host's CPU and its features (so loops vectorize with AVX)."""
    _init()
    triple = llvm.get_process_triple()
    target = llvm.Target.from_triple(triple)
    return target.create_target_machine(cpu=llvm.get_host_cpu_name(),
                                        features=llvm.get_host_cpu_features().flatten(),
                                        opt=3, reloc="pic", codemodel="default")


def target_key() -> str:
    """What the cache key needs to know about the target."""
    tm = target_machine()
    return f"{tm.triple}|{llvm.get_host_cpu_name()}|{llvm.get_host_cpu_features().flatten()}"


def optimize(ir_text: str, opt_level: int = 3) -> llvm.ModuleRef:
    """Parse IR text and run the O3 (or -O level) pipeline on it."""
    tm = target_machine()
    mod = llvm.parse_assembly(ir_text)
    mod.verify()
    # Every IR temporary is a stack slot until mem2reg; without it (-O0) LLVM's code generator
    # spends seconds on a long function, so -O0 still gets O1's cleanup.
    opt_level = max(opt_level, 1)
    if opt_level > 0:
        pto = llvm.create_pipeline_tuning_options(speed_level=opt_level)
        pto.loop_vectorization = True
        pto.slp_vectorization = True
        pb = llvm.create_pass_builder(tm, pto)
        pb.getModulePassManager().run(mod, pb)
    return mod


def optimize_to_object(ir_text: str, *, opt_level: int = 3) -> bytes:
    """Parse IR text, run the O3 pipeline, and emit a relocatable object file."""
    return target_machine().emit_object(optimize(ir_text, opt_level))


def optimized_ir(ir_text: str, opt_level: int = 3) -> str:
    return str(optimize(ir_text, opt_level))


def assembly(ir_text: str, opt_level: int = 3) -> str:
    return target_machine().emit_assembly(optimize(ir_text, opt_level))


_units = 0
_keep_alive: list[object] = []


def jit_entry(objects: list[bytes], hold_gil: bool = False) -> ctypes._CFuncPtr:
    """Link object files into this process with LLJIT; returns `int mojito_entry(int, char**)`.
    With hold_gil the call keeps the GIL (a program that calls Python: its every C API call would
    otherwise take the GIL afresh); without, it runs released."""
    global _units
    _init()
    lljit = _lljit()
    _units += 1
    builder = llvm.JITLibraryBuilder()
    for obj in objects:
        builder.add_object_img(obj)
    builder.add_current_process().export_symbol("mojito_entry")
    tracker = builder.link(lljit, f"unit{_units}")
    _keep_alive.append(tracker)
    functype = ctypes.PYFUNCTYPE if hold_gil else ctypes.CFUNCTYPE
    return functype(ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_char_p))(tracker["mojito_entry"])


def jit_link(objects: list[bytes], name: str, link_libs: list[str], exports: list[str]) -> dict[str, int]:
    """Link objects as a new JIT library `name` that sees `link_libs` (earlier libraries) and this process;
    returns the addresses of `exports`. The library stays loaded for the life of the process."""
    _init()
    builder = llvm.JITLibraryBuilder()
    for obj in objects:
        builder.add_object_img(obj)
    for lib in link_libs:
        builder.add_jit_library(lib)
    builder.add_current_process()
    for sym in exports:
        builder.export_symbol(sym)
    tracker = builder.link(_lljit(), name)
    _keep_alive.append(tracker)
    return {sym: tracker[sym] for sym in exports}


@functools.cache
def _lljit() -> llvm.LLJIT:
    return llvm.create_lljit_compiler(target_machine())


def link_executable(objects: list[bytes], out_path: str, flags: list[str] | None = None) -> None:
    """Link objects with the system C compiler into an executable (flags: extra libraries)."""
    cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if cc is None:
        raise LinkError("no C compiler found to link the executable: install one (apt-get install gcc) "
                        "or set CC")
    with tempfile.TemporaryDirectory(prefix="mojito-link-") as tmp:
        paths = []
        for i, obj in enumerate(objects):
            p = os.path.join(tmp, f"part{i}.o")
            with open(p, "wb") as fh:
                fh.write(obj)
            paths.append(p)
        proc = subprocess.run([cc, *paths, "-o", out_path, "-lm", *(flags or [])], capture_output=True, text=True)
        if proc.returncode != 0:
            raise LinkError(f"linking failed ({cc}):\n{proc.stderr.strip()}")


class LinkError(Exception):
    pass
