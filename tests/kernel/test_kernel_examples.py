"""The notebooks of examples/ (shared with every user, shown in the gallery) run top to bottom in
the `mojo` kernel, and what they print is what they have stored (timings masked)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

pytestmark = pytest.mark.timeout(600)


# What depends on the machine, masked: a measured quantity is a number followed by its unit (a time,
# a rate, "% of NumPy", a speed-up "12.5x" with the x right after the number, so "512 x 512" stays),
# and the SIMD width is printed as "16 lanes". Spaces before the number go too, so tables may
# right-align their columns.
MEASURED = re.compile(r" *\d+(\.\d+)?( ?(ms|s|us|ns|GFLOP/s|%|lanes)|x)(?!\w)")


def _text(cell: nbformat.NotebookNode) -> str:
    out = "".join(o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")
    return MEASURED.sub("<measured>", out)


def _images(cell: nbformat.NotebookNode) -> int:
    return sum(1 for o in cell.outputs if "image/png" in o.get("data", {}))


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.ipynb")))
def test_example_runs_and_prints_what_it_stores(name: str) -> None:
    stored = nbformat.read(EXAMPLES / name, as_version=4)
    fresh = nbformat.read(EXAMPLES / name, as_version=4)
    NotebookClient(fresh, kernel_name="mojo", timeout=300, startup_timeout=60).execute()
    for old, new in zip(stored.cells, fresh.cells, strict=True):
        if new.cell_type != "code":
            continue
        errors = [o for o in new.outputs if o.output_type == "error"]
        assert not errors, (new.source, errors)
        assert _text(new) == _text(old), new.source
        assert _images(new) == _images(old), new.source  # a figure drawn from Mojo is shown inline


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.ipynb")))
def test_example_is_stored_as_run_by_the_mojo_kernel(name: str) -> None:
    """What the gallery shows is a complete run: the `mojo` kernel, every code cell executed in
    order with its outputs kept, no errors, and no per-run timing metadata to churn the diff."""
    nb = nbformat.read(EXAMPLES / name, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "mojo"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "run top to bottom once"
    for cell in code:
        assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
        assert "execution" not in cell.metadata, cell.source


def test_the_welcome_notebook_is_the_tour() -> None:
    # hub/ opens examples/HelloMojo.ipynb in a new workspace: it must exist and cover the basics.
    source = "\n".join(c.source for c in nbformat.read(EXAMPLES / "HelloMojo.ipynb", as_version=4).cells)
    for feature in ("def ", "var ", "struct ", "trait ", "SIMD[", "raises", "^", "%%python", "std.python"):
        assert feature in source, feature
