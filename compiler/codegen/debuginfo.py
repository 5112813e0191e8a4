"""Line tables: which source line each piece of generated code came from (try-it and `--line-map`).

Only for reading generated code, as on Compiler Explorer: `driver.emit_with_lines` lowers the
program's own functions with LLVM line-table debug info (DILocation per instruction, from the IR's
spans), lets LLVM carry it through optimization and instruction selection, and then reads it back
out of the text: `!dbg !N` attachments in LLVM IR, `.loc` directives in assembly. What the reader
gets is the usual text without the debug noise plus one source line (or None) per output line.
Programs that run are compiled without any of this.
"""

from __future__ import annotations

import os
import re
from typing import Any

from llvmlite import ir

I32 = ir.IntType(32)


class LineTable:
    """The debug-info skeleton of one module: a compile unit for `filename`, one subprogram per
    function of that file, locations made once per (line, column, function)."""

    def __init__(self, mod: ir.Module, filename: str) -> None:
        self.mod = mod
        self.filename = filename
        self.file = mod.add_debug_info("DIFile", {"filename": os.path.basename(filename) or "main.mojo",
                                                  "directory": ""})
        self.unit = mod.add_debug_info("DICompileUnit", {
            "language": ir.DIToken("DW_LANG_C"), "file": self.file, "producer": "mojito",
            "isOptimized": True, "runtimeVersion": 0, "emissionKind": ir.DIToken("LineTablesOnly"),
        }, is_distinct=True)
        mod.add_named_metadata("llvm.dbg.cu", self.unit)
        mod.add_named_metadata("llvm.module.flags", mod.add_metadata([I32(2), "Debug Info Version", I32(3)]))
        mod.add_named_metadata("llvm.module.flags", mod.add_metadata([I32(2), "Dwarf Version", I32(4)]))
        self.no_types = mod.add_debug_info("DISubroutineType", {"types": mod.add_metadata([])})
        self._locations: dict[tuple[int, int, int], Any] = {}

    def covers(self, span: Any) -> bool:
        return span is not None and span.file == self.filename

    def subprogram(self, fn: ir.Function, name: str, line: int) -> Any:
        sp = self.mod.add_debug_info("DISubprogram", {
            "name": name, "linkageName": fn.name, "file": self.file, "line": line, "scopeLine": line,
            "type": self.no_types, "spFlags": ir.DIToken("DISPFlagDefinition | DISPFlagOptimized"),
            "unit": self.unit,
        }, is_distinct=True)
        fn.set_metadata("dbg", sp)
        return sp

    def location(self, sp: Any, line: int, col: int) -> Any:
        key = (id(sp), line, col)
        loc = self._locations.get(key)
        if loc is None:
            loc = self.mod.add_debug_info("DILocation", {"line": line, "column": col, "scope": sp})
            self._locations[key] = loc
        return loc


# ------------------------------------------------------------------ reading the lines back
_DBG_ATTACHMENT = re.compile(r",? !dbg !(\d+)")
_DILOCATION = re.compile(r"^!(\d+) = (?:distinct )?!DILocation\(line: (\d+)")
_DEBUG_METADATA = re.compile(r"^!\d+ = (?:distinct )?!(DI\w+|\{.*\"(?:Dwarf|Debug Info) Version\")")
_DEBUG_NAMED = re.compile(r"^!llvm\.(dbg\.cu|module\.flags) = ")


def llvm_lines(text: str) -> tuple[str, list[int | None]]:
    """Optimized LLVM IR without its debug metadata, and each line's source line."""
    lines = text.splitlines()
    # Line 0: code the compiler made up (the entry's own code), no source line.
    where = {m.group(1): int(m.group(2)) or None for m in map(_DILOCATION.match, lines) if m}
    out: list[str] = []
    src: list[int | None] = []
    for line in lines:
        if _DEBUG_METADATA.match(line) or _DEBUG_NAMED.match(line):
            continue
        m = _DBG_ATTACHMENT.search(line)
        out.append(_DBG_ATTACHMENT.sub("", line).replace(" !dbg !", " !"))
        src.append(where.get(m.group(1)) if m else None)
    while out and not out[-1].strip():
        out.pop()
        src.pop()
    return "\n".join(out) + "\n", src


_LOC = re.compile(r"^\s*\.loc\s+\d+\s+(\d+)")
# Besides the debug info's own lines, the unwind-table directives: half the lines, nothing to read
# (the notebook's %%mojo_emit leaves them out too).
_ASM_NOISE = re.compile(r"^\s*(\.file\s+\d+\s|\.loc\s|\.Ltmp\d+:|\.Lfunc_begin\d+:|\.Lcu_begin\d+:|\.cfi_)")
_DEBUG_SECTION = re.compile(r"^\s*\.section\s+\.debug_")
_OTHER_SECTION = re.compile(r"^\s*\.(section|text|data|bss)\b")


def asm_lines(text: str) -> tuple[str, list[int | None]]:
    """Assembly without `.loc`/`.file`/`.cfi_*` directives and debug sections, and each line's source line
    (from the last `.loc`; a label or directive between functions has none)."""
    out: list[str] = []
    src: list[int | None] = []
    line: int | None = None
    in_debug = False
    for raw in text.splitlines():
        if _DEBUG_SECTION.match(raw):
            in_debug = True
            continue
        if in_debug:
            if _OTHER_SECTION.match(raw):
                in_debug = False
            else:
                continue
        m = _LOC.match(raw)
        if m:
            line = int(m.group(1)) or None  # line 0: code the compiler made up (no source line)
            continue
        if _ASM_NOISE.match(raw):
            continue
        stripped = raw.strip()
        if not raw.startswith(("\t", " ")) or stripped.startswith(".") and not stripped.startswith(".L"):
            # A label or a directive: it belongs to no source line; a function's label ends the last one.
            if raw.endswith(":") and not stripped.startswith(".L"):
                line = None
            out.append(raw)
            src.append(None)
            continue
        out.append(raw)
        src.append(line)
    return "\n".join(out) + "\n", src
