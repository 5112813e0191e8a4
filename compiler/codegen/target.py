"""Questions about the compilation target (std.sys.CompilationTarget, is_little_endian), answered
when the code is compiled: the host's triple and CPU features, which also key the object cache
(backend.target_key), so a cached answer never travels to another CPU."""

from __future__ import annotations

from typing import Any

from llvmlite import binding as llvm
from llvmlite import ir

from ..ir import nodes as N
from .runtime import I1

TARGET_INTRINSICS = frozenset({"__target_has", "__target_is"})


def _literal(op: N.Operand) -> str:
    assert isinstance(op, N.Const) and isinstance(op.value, str), "a target query takes a string literal"
    return op.value


def target_intrinsic(f: Any, i: N.Assign) -> ir.Value:
    what = _literal(i.args[0])
    if i.attrs["name"] == "__target_has":
        answer = bool(llvm.get_host_cpu_features().get(what, False))
    else:
        triple = llvm.get_process_triple()
        answer = {
            "x86": triple.startswith(("x86_64", "i386", "i686")),
            "arm": triple.startswith(("aarch64", "arm")),
            "linux": "linux" in triple,
            "macos": "apple" in triple or "darwin" in triple,
            "little_endian": not triple.startswith(("powerpc-", "ppc64-", "s390", "mips-", "sparc")),
        }[what]
    return ir.Constant(I1, int(answer))
