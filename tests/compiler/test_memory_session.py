"""std.memory, std.algorithm and std.benchmark in notebook sessions: a buffer allocated in one cell
is used by later ones (a session variable holding a pointer), closures over session variables go
to vectorize, map and parallelize, and a pointer method misused in a cell is a compile error that
leaves the session working."""

from __future__ import annotations

import pytest
from mojito.compiler.diagnostics import CompileError
from mojito.compiler.session import Session

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def out() -> list[tuple[str, str]]:
    return []


@pytest.fixture(scope="module")
def s(out: list) -> Session:
    return Session(output=lambda stream, text: out.append((stream, text)))


def text(out: list) -> str:
    return "".join(t for stream, t in out if stream == "stdout")


def test_a_buffer_lives_across_cells(s: Session, out: list) -> None:
    out.clear()
    s.execute("from std.algorithm import vectorize, parallelize, map\nvar buf = alloc[Float32](16)", 1)
    s.execute("for i in range(16):\n    buf[unsafe_offset=i] = Float32(i)", 2)
    s.execute("print(buf.unsafe_load[width=4](12))", 3)
    assert text(out) == "[12.0, 13.0, 14.0, 15.0]\n"


def test_closures_over_session_variables(s: Session, out: list) -> None:
    out.clear()
    s.execute("def sq[w: Int](i: Int) {imm}:\n"
              "    buf.unsafe_store(i, buf.unsafe_load[width=w](i) * buf.unsafe_load[width=w](i))\n"
              "vectorize[4](16, sq)\nprint(buf[unsafe_offset=15])", 4)
    s.execute("def one(i: Int) {imm}:\n    buf[unsafe_offset=i] = 1.0\nparallelize[one](16)\n"
              "var total: Float32 = 0", 5)
    # (a closure cannot capture a variable of its own cell yet: `total` is a session variable here)
    s.execute("def add(i: Int):\n    total += buf[unsafe_offset=i]\nmap(16, add)\nprint(total)", 55)
    assert text(out) == "225.0\n16.0\n"


def test_a_misused_method_is_a_compile_error_and_the_session_goes_on(s: Session, out: list) -> None:
    with pytest.raises(CompileError) as info:
        s.execute('buf.unsafe_write("x")', 6)
    assert "no matching method in call to 'unsafe_write'" in str(info.value)
    out.clear()
    s.execute("buf.unsafe_free()\nprint('freed')", 7)
    assert text(out) == "freed\n"


def test_parallelize_in_a_cell_runs_on_the_cells_thread(s: Session, out: list) -> None:
    # The cell's guards (interrupt, stack depth, errors, output) are per thread: in a session the
    # work items run in order on the cell's own thread, so they may even print.
    out.clear()
    s.execute("def show(i: Int):\n    print('item', i)\nparallelize[show](4)", 9)
    assert text(out) == "item 0\nitem 1\nitem 2\nitem 3\n"


def test_benchmark_in_a_cell(s: Session, out: list) -> None:
    out.clear()
    s.execute("from std.benchmark import run, keep\ndef work():\n    keep(42)\n"
              "var r = run(work, max_iters=100, min_runtime_secs=0.001, max_runtime_secs=0.1)\n"
              "print(r.iters() > 0, r.mean() >= 0)", 8)
    assert text(out) == "True True\n"
