"""Which language a notebook cell is written in.

A cell of the Mojo kernel is Mojo unless it says otherwise:
  - first line `%%python`: the rest is ordinary IPython code (magics, display, rich output);
  - first line another cell magic (`%%time`, `%%timeit`, `%%capture`, `%%writefile`, ...): IPython
    runs the magic, and a magic that executes its body sends the body back here, so `%%time` over
    Mojo source times Mojo;
  - every non-blank line an IPython line magic or shell escape (`%pip install x`, `!ls`,
    `%load_ext ...`): IPython, so those conveniences work without a `%%python` line.
Mojo never starts a line with `%` or `!`, so none of these reads a Mojo program differently.
A Mojo cell that is only `name?` shows the documentation of `name` in the pager, as in IPython.
"""

from __future__ import annotations

import enum
import re

PYTHON_MARKER = "%%python"


class CellKind(enum.Enum):
    MOJO = "mojo"
    PYTHON = "python"  # a `%%python` cell: run its body as IPython
    IPYTHON_MAGIC = "ipython-magic"  # leave to IPython as written


_HELP_REQUEST = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\?\??\s*")


def help_request(source: str) -> str | None:
    """`name?` (or `name??`) alone in a Mojo cell asks for that name's documentation, as in IPython."""
    match = _HELP_REQUEST.fullmatch(source)
    return match.group(1) if match else None


def _first_code_line(source: str) -> str:
    for line in source.splitlines():
        if line.strip():
            return line.strip()
    return ""


def is_python_marker(line: str) -> bool:
    """`%%python` alone or followed by arguments, not `%%python3` or `%%pythonista`."""
    return line == PYTHON_MARKER or line.startswith(PYTHON_MARKER + " ")


def classify(source: str) -> CellKind:
    first = _first_code_line(source)
    if is_python_marker(first):
        return CellKind.PYTHON
    if first.startswith("%%"):
        return CellKind.IPYTHON_MAGIC
    lines = [line.strip() for line in source.splitlines() if line.strip()]
    if lines and all(line.startswith(("%", "!")) for line in lines):
        return CellKind.IPYTHON_MAGIC
    return CellKind.MOJO


def strip_python_marker(source: str) -> str:
    """The body of a `%%python` cell: everything after the marker line."""
    lines = source.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.strip():
            if is_python_marker(line.strip()):
                return "".join(lines[i + 1:])
            break
    return source


def python_cursor_offset(source: str) -> int:
    """How many characters of a `%%python` cell precede its body (to map cursor positions)."""
    return len(source) - len(strip_python_marker(source))
