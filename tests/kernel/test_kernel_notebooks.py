"""Notebooks in tests/kernel/notebooks run top to bottom against the real `mojo` kernel (nbclient),
and their outputs are what a user would see."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).parent / "notebooks"
INTERRUPT_AFTER_S = 2  # cells tagged "interrupt" loop forever; nbclient interrupts them after this

pytestmark = pytest.mark.timeout(180)


def run_notebook(name: str) -> list[nbformat.NotebookNode]:
    """Execute the notebook; its code cells, outputs filled in."""
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)

    def cell_timeout(cell: nbformat.NotebookNode) -> int:
        return INTERRUPT_AFTER_S if "interrupt" in cell.metadata.get("tags", []) else 120

    client = NotebookClient(notebook, kernel_name="mojo", timeout_func=cell_timeout,
                            interrupt_on_timeout=True, startup_timeout=60, record_timing=True)
    client.execute()  # starts the kernel and shuts it down afterwards, also on failure
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def stdout(cell: nbformat.NotebookNode) -> str:
    return "".join(o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")


def result(cell: nbformat.NotebookNode, mime: str = "text/plain") -> str:
    [value] = [o.data[mime] for o in cell.outputs if o.output_type == "execute_result"]
    return value


def error(cell: nbformat.NotebookNode) -> tuple[str, str]:
    """(ename, traceback as shown) of the cell's error."""
    [err] = [o for o in cell.outputs if o.output_type == "error"]
    return err.ename, re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(err.traceback))


def test_definitions_and_vars_persist_and_redefinition_replaces():
    cells = run_notebook("repl_state.ipynb")
    assert stdout(cells[1]) == "count is 2\n"
    # bump_twice was defined before bump was redefined, and calls the new bump.
    assert stdout(cells[3]) == "after redefinition: 22\n"
    assert result(cells[6]) == "-10"  # 3 * -4 + 2: a struct var from one cell used in another
    assert stdout(cells[7]) == "line 0\nline 1\nline 2\n"
    assert [c.execution_count for c in cells] == list(range(1, len(cells) + 1))


def test_python_cells_call_mojo_functions():
    cells = run_notebook("python_interop.ipynb")
    assert stdout(cells[1]) == "[0, 1, 1, 2, 3, 5, 8, 13, 21, 34]\n"
    assert result(cells[1]) == "'hello python'"
    [html] = [o.data["text/html"] for o in cells[2].outputs if o.output_type == "display_data"]
    assert "<b>rich output</b>" in html
    time_output = stdout(cells[3])
    assert time_output.startswith("6765\n") and "Wall time" in time_output
    assert re.search(r"per loop \(mean ± std\. dev\. of 2 runs, 2 loops each\)", stdout(cells[4]))
    # Python sees a Mojo redefinition at once.
    assert result(cells[6]) == "-1"
    # matplotlib plots inline from a %%python cell, here of values computed by a Mojo function.
    [figure] = [o for o in cells[8].outputs if o.output_type == "display_data"]
    assert figure.data["image/png"]
    # %%capture over a Mojo cell captures native output; %%python cells may use top-level await.
    assert stdout(cells[9]) == ""
    assert stdout(cells[10]) == "captured from Mojo: -1\n"


@pytest.fixture(scope="module")
def errors_notebook() -> list[nbformat.NotebookNode]:
    return run_notebook("errors_and_interrupts.ipynb")


def test_errors_point_at_cell_line_and_column_and_the_kernel_survives(errors_notebook):
    cells = errors_notebook
    ename, shown = error(cells[1])
    n = cells[1].execution_count
    assert ename == "CompileError"
    assert re.search(rf"^cell\[{n}\]:3:12: error: .*'String'.*'Int'", shown, re.MULTILINE), shown
    assert "    return name\n" in shown  # the cell's own source line, then a caret under it
    assert "Traceback" not in shown and ".py" not in shown  # no Python frames for Mojo errors

    ename, shown = error(cells[2])
    assert ename == "MojoError"
    assert f"cell[{cells[2].execution_count}]:3:" in shown and "out of bounds" in shown

    ename, shown = error(cells[3])
    assert (ename, shown) == ("MojoError", "MojoError: boom")

    assert stdout(cells[4]) == "42\n"  # state from before the errors is intact


def test_interrupt_stops_an_infinite_native_loop_and_keeps_the_session(errors_notebook):
    cells = errors_notebook
    loop = cells[6]
    ename, shown = error(loop)
    assert ename == "MojoInterrupted" and "interrupted" in shown
    # nbclient interrupts after INTERRUPT_AFTER_S; the loop must stop well within a second of that.
    timing = loop.metadata.execution
    ran_for = (datetime.fromisoformat(timing["shell.execute_reply"])
               - datetime.fromisoformat(timing["iopub.execute_input"]))
    assert ran_for.total_seconds() < INTERRUPT_AFTER_S + 1.0
    assert stdout(cells[7]) == "spun: True\n"
