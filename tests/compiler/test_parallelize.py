"""`parallelize[work](n)` and `sync_parallelize[work](n)` (std.algorithm in Mojito; not in Mojo
1.2's standard library, so no reference output exists: results are checked against Python's).

Every index runs exactly once whatever the number of workers, captured variables reach the
threads, a process limited to one CPU (its affinity mask) still finishes, a built executable
links the threads, and misuse is a compile error that says what to write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mojohelpers import mojito

pytestmark = pytest.mark.timeout(300)

PROGRAM = """\
from std.algorithm import parallelize, sync_parallelize


def main():
    var n = 10007
    var hits = alloc[Int](n)
    for i in range(n):
        hits[unsafe_offset=i] = 0
    var scale = 3

    def work(i: Int) {imm}:
        hits[unsafe_offset=i] += i * scale + 1

    parallelize[work](n)
    parallelize[work](n, 1)
    parallelize[work](n, 7)
    sync_parallelize[work](n)
    parallelize[work](0)
    var total = 0
    var bad = 0
    for i in range(n):
        total += hits[unsafe_offset=i]
        if hits[unsafe_offset=i] != 4 * (i * scale + 1):
            bad += 1
    print(total, bad)
    hits.unsafe_free()
"""


def _expected() -> str:
    n = 10007
    return f"{sum(4 * (i * 3 + 1) for i in range(n))} 0\n"


def test_every_index_runs_once_per_call(tmp_path: Path) -> None:
    src = tmp_path / "par.mojo"
    src.write_text(PROGRAM)
    proc = mojito("run", str(src), env={"MOJITO_VERIFY_IR": "1"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == _expected()


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs CPU affinity (Linux)")
def test_one_cpu_affinity_and_built_executable(tmp_path: Path) -> None:
    src = tmp_path / "par.mojo"
    src.write_text(PROGRAM)
    exe = tmp_path / "par"
    proc = mojito("build", str(src), "-o", str(exe))
    assert proc.returncode == 0, proc.stderr
    import subprocess

    one_cpu = sorted(os.sched_getaffinity(0))[:1]
    run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120,
                         preexec_fn=lambda: os.sched_setaffinity(0, one_cpu))
    assert run.returncode == 0, run.stderr
    assert run.stdout == _expected()


@pytest.mark.parametrize("body, message", [
    ("def work(i: Int, j: Int):\n        pass\n    parallelize[work](4)", "must take one Int"),
    ("var s = String('x')\n    def work(i: Int) {var s}:\n        print(s)\n    parallelize[work](4)",
     "capture it by reference"),
    ("parallelize[42](4)", "needs a function"),
    ("def work(i: Int):\n        pass\n    sync_parallelize[work](4, 2)", "sync_parallelize[work](n)"),
])
def test_misuse_is_a_compile_error(tmp_path: Path, body: str, message: str) -> None:
    src = tmp_path / "bad.mojo"
    src.write_text("from std.algorithm import parallelize, sync_parallelize\n\n\ndef main():\n    " + body + "\n")
    proc = mojito("run", str(src))
    assert proc.returncode != 0
    assert message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and "internal compiler error" not in proc.stderr
