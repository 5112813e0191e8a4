"""Ownership: no leaks, use-after-move errors where Mojo reports them, the IR on demand.

Destruction order, copies and moves are pinned by the programs in programs/lifecycle/ (run by
test_programs.py): they print from their constructors and destructors, and each NAME.expected is
what Mojo 1.2 printed for NAME.mojo (legacy_del.mojo is the 2023 spelling; its expected output
comes from its Mojo 1.2 translation).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mojohelpers import mojito, require_corpus

PROGRAMS = Path(__file__).parent / "programs" / "lifecycle"


def _live(stderr: str) -> int:
    m = re.search(r"mojito: (\d+) allocations, (\d+) frees, (-?\d+) live", stderr)
    assert m, f"no allocation report in:\n{stderr}"
    return int(m.group(3))


def _runnable_programs() -> list[Path]:
    corpus = require_corpus()
    progs = [p for tier in ("tier1", "tier2", "tier3", "legacy2023") for p in sorted((corpus / tier).glob("*.mojo"))]
    return progs + sorted(PROGRAMS.glob("*.mojo"))


def test_nothing_is_left_allocated_at_exit() -> None:
    leaks = []
    for prog in _runnable_programs():
        proc = mojito("run", str(prog), env={"MOJITO_ALLOC_STATS": "1"})
        if proc.returncode != 0 and "error:" in proc.stderr:
            continue  # a program that needs a feature not built yet (strict xfails elsewhere)
        live = _live(proc.stderr)
        if live:
            leaks.append(f"{prog.name}: {live} blocks still allocated")
    assert not leaks, "\n".join(leaks)


def test_a_loop_that_builds_strings_and_lists_frees_them(tmp_path: Path) -> None:
    src = tmp_path / "loop.mojo"
    src.write_text(
        "def main():\n"
        "    var total = 0\n"
        "    for i in range(20000):\n"
        "        var s = String('item-') + String(i)\n"
        "        var l = List[String]()\n"
        "        for j in range(10):\n"
        "            l.append(s + String(j))\n"
        "        total += len(l)\n"
        "    print(total)\n")
    proc = mojito("run", str(src), env={"MOJITO_ALLOC_STATS": "1"})
    assert proc.stdout == "200000\n"
    assert _live(proc.stderr) == 0


def test_emit_ir_shows_moves_copies_and_destroys() -> None:
    corpus = require_corpus()
    proc = mojito("build", "--emit=ir", str(corpus / "tier2" / "lifecycle_asap.mojo"))
    assert proc.returncode == 0, proc.stderr
    main = proc.stdout[proc.stdout.index("def main()"):]
    # `var b2 = b.copy()`, `sink(c^)`, and `a` destroyed right after its last use.
    assert "copy %b." in main
    assert re.search(r"call sink\(move %c\.\d+\)", main)
    assert re.search(r"call peek\(use %a\.(\d+)\)\n  destroy %a\.\1\n", main)


@pytest.mark.parametrize("stage,marker", [("llvm", "define"), ("asm", ".text")])
def test_emit_llvm_and_assembly(stage: str, marker: str, tmp_path: Path) -> None:
    src = tmp_path / "f.mojo"
    src.write_text("def square(x: Int) -> Int:\n    return x * x\n\ndef main():\n    print(square(7))\n")
    proc = mojito("build", f"--emit={stage}", str(src))
    assert proc.returncode == 0, proc.stderr
    assert marker in proc.stdout


def test_emit_obj_writes_an_object_file(tmp_path: Path) -> None:
    src = tmp_path / "f.mojo"
    src.write_text("def main():\n    print(1)\n")
    out = tmp_path / "f.o"
    proc = mojito("build", "--emit=obj", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:4] == b"\x7fELF"


USE_AFTER_MOVE = [
    # (program body, Mojo 1.2's first error LINE:COL)
    (("def take(var s: List[Int]):\n    pass\n\ndef main():\n    var a: List[Int] = [1]\n    take(a^)\n"
      "    print(len(a))\n"), "7:14"),
    (("def take(var s: List[Int]):\n    pass\n\ndef main():\n    var a: List[Int] = [1]\n    var f = True\n"
      "    if f:\n        take(a^)\n    print(len(a))\n"), "9:14"),
]


@pytest.mark.parametrize("body,where", USE_AFTER_MOVE)
def test_use_after_move_is_reported_where_mojo_reports_it(body: str, where: str, tmp_path: Path) -> None:
    src = tmp_path / "m.mojo"
    src.write_text(body)
    proc = mojito("build", str(src), "-o", str(tmp_path / "m"))
    assert proc.returncode == 1
    first = next(line for line in proc.stderr.splitlines() if "error:" in line)
    assert f"m.mojo:{where}: error:" in first, proc.stderr
