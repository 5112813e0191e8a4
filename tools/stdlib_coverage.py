#!/usr/bin/env python3
"""How much of Mojo 1.2's std API exists here, and how much of it a pinned program exercises.

    .venv/bin/python tools/stdlib_coverage.py [API_DIR]      (make stdlib-coverage)

Reads ../shared/mojo-std-api/ (every line tagged verified-1.2 or listed-1.2, GPU items aside) and
prints a Markdown table per package:
  items     the API lines: module-level names and Type.member lines
  here      how many exist in Mojito: a module-level name importable from its module (or a builtin),
            a member that the type here has (String and List methods: a `_str_`/`_list_` library
            function or a method the checker knows)
  tested    how many of those appear in a program of tests/compiler/programs/ whose output is
            pinned to Mojo 1.2's (.expected / .error): the name occurs in the program's text
            (for a member: `.name(` or, for dunders, the type's name and the operator is not checked)
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO.parent))
ITEM = re.compile(r"^(?:static\s+)?(?:struct|trait|def|comptime|var)\s+([A-Za-z_][A-Za-z_0-9]*)")
MEMBER = re.compile(r"^(?:static\s+)?(?:var\s+|comptime\s+)?([A-Za-z_][A-Za-z_0-9]*)\.([A-Za-z_][A-Za-z_0-9]*)")
# Types laid out by codegen: their methods are checker tables or `_str_NAME`/`_list_NAME` functions.
BUILTIN_METHODS = {
    "List": {"append", "insert", "pop", "clear", "copy", "index", "extend", "reverse", "count", "__len__",
             "__getitem__", "__setitem__", "__contains__", "__eq__", "__ne__", "__add__", "__mul__",
             "__iadd__", "__bool__", "write_to", "__iter__", "__reversed__", "__init__"},
    "String": {"byte_length", "codepoints", "as_bytes", "bytes", "format", "write", "join", "__init__",
               "__add__", "__iadd__", "__mul__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
               "__contains__", "__getitem__", "__bool__", "write_to", "__int__", "__float__"},
    "Optional": {"value", "or_else", "unsafe_value", "__bool__", "__getitem__", "__eq__", "__ne__", "__is__",
                 "__isnot__", "__init__", "copy", "write_to", "take", "unsafe_take"},
    "Tuple": {"__eq__", "__ne__", "__len__", "__getitem__", "copy", "write_to", "__init__", "__contains__",
              "__lt__", "__le__", "__gt__", "__ge__"},
    "Codepoint": {"to_u32", "__int__", "write_to", "ord", "__init__", "__eq__", "__ne__", "__lt__", "__le__",
                  "__gt__", "__ge__", "copy"},
}


def _here(api: Path) -> tuple[dict, set, dict]:
    from mojito.compiler.check.checker import Checker
    from mojito.compiler.diagnostics import SourceMap
    from mojito.compiler.driver import Options, declare_stdlib

    c = Checker()
    declare_stdlib(c, SourceMap(), Options(), need_object=False)
    modules = {name: set(m.members) for name, m in c.modules.items()}
    globals_ = set(c.globals.names)
    types: dict[str, set[str]] = {k: set(v) for k, v in BUILTIN_METHODS.items()}
    for name, sym in list(c.globals.names.items()) + [(n, s) for m in c.modules.values()
                                                       for n, s in m.members.items()]:
        decl = getattr(getattr(sym, "template", None), "decl", None)
        info = getattr(getattr(sym, "ty", None), "info", None)
        methods = {f.name for f in (decl.methods if decl is not None and hasattr(decl, "methods") else [])}
        if decl is not None and hasattr(decl, "body"):
            methods |= {s.name for s in decl.body if hasattr(s, "name")}
        if info is not None:
            methods |= set(info.methods) | set(info.fields)
        if methods:
            types.setdefault(name, set()).update(methods)
    for n in globals_:
        if n.startswith("_str_"):
            types["String"].add(n[5:])
        elif n.startswith("_list_"):
            types["List"].add(n[6:])
        elif n.startswith("_cp_"):
            types["Codepoint"].add(n[4:])
        elif n.startswith("_ptr_"):  # pointer methods (check/pointers.py): Pointer and its alias UnsafePointer
            for t in ("Pointer", "UnsafePointer"):
                types.setdefault(t, set()).add(n[5:])
    # StringSlice, StringSpan and StaticString name String here: they have its methods.
    for alias in ("StringSlice", "StringSpan", "StaticString"):
        types[alias] = types["String"]
    return modules, globals_, types


def main() -> None:
    api = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "mojo-std-api"
    modules, globals_, types = _here(api)
    pinned = [p.read_text() for p in (REPO / "tests" / "compiler" / "programs").glob("*/*.mojo")
              if p.with_suffix(".expected").exists() or p.with_suffix(".error").exists()]
    corpus = "\n".join(pinned)
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for f in sorted(api.glob("*.txt")):
        if f.stem in ("verification", "prelude", "gpu"):
            continue
        for line in f.read_text().splitlines():
            parts = [p.strip() for p in line.split(" | ")]
            if len(parts) < 3 or not parts[0].startswith("std"):
                continue
            tags = parts[2].split()
            if not tags or tags[0] not in ("verified-1.2", "listed-1.2") or "gpu" in tags:
                continue
            pkg = f.stem
            item = parts[1]
            m = MEMBER.match(item)
            if m and not ITEM.match(item):
                tname, member = m.groups()
                if member in ("__init__", "__del__", "__deinit__", "__moveinit__", "__copyinit__"):
                    continue
                here = member in types.get(tname, set())
                shown = "String" if tname in ("StringSlice", "StringSpan", "StaticString") else tname
                tested = here and (f".{member}(" in corpus or (member.startswith("__") and shown in corpus))
            else:
                m = ITEM.match(item)
                if not m:
                    continue
                name = m.group(1)
                path = parts[0]
                here = name in modules.get(path, set()) or ("prelude" in tags and name in globals_) or (
                    name in globals_ and path in ("std.builtin", "std.collections") or
                    any(name in mem for p, mem in modules.items() if p.startswith(path)) or
                    # a package re-exports its submodules' names (std.algorithm: vectorize of .backend)
                    any(name in modules.get(".".join(path.split(".")[:k]), set()) for k in range(2, path.count(".") + 1)))
                tested = here and re.search(rf"\b{re.escape(name)}\b", corpus) is not None
            r = rows[pkg]
            r[0] += 1
            r[1] += here
            r[2] += tested
    total = [sum(r[i] for r in rows.values()) for i in range(3)]
    print("| package | items | here | tested against Mojo 1.2 |")
    print("|---|---|---|---|")
    for pkg, (n, h, t) in sorted(rows.items(), key=lambda kv: -kv[1][0]):
        print(f"| {pkg} | {n} | {h} ({100 * h // max(n, 1)}%) | {t} ({100 * t // max(n, 1)}%) |")
    print(f"| **all** | {total[0]} | {total[1]} ({100 * total[1] // total[0]}%) | "
          f"{total[2]} ({100 * total[2] // total[0]}%) |")


if __name__ == "__main__":
    main()
