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
# a rate, a speed-up "12.5x", "% of NumPy"), and the SIMD width is printed as "16 lanes". Spaces
# before the number go too, so tables may right-align their columns.
MEASURED = re.compile(r" *\d+(\.\d+)? ?(ms|s|us|ns|GFLOP/s|x|%|lanes)(?!\w)")


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
