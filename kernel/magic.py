"""`%%mojo`: Mojo cells in any IPython (the standard Python kernel, a terminal IPython).

`%load_ext mojito.kernel` registers it. Every `%%mojo` cell of one IPython shares one session, so
definitions and `var`s persist from cell to cell exactly as in the Mojo kernel, and Mojo functions
become Python callables in the user namespace.
"""

from __future__ import annotations

from typing import Any

from IPython.core import page
from IPython.core.magic import Magics, cell_magic, line_magic, magics_class

from .engine import MojoEngine, MojoValue


@magics_class
class MojoMagics(Magics):
    def __init__(self, shell: Any, engine: MojoEngine) -> None:
        super().__init__(shell)
        self.engine = engine
        self._cell_number = shell.execution_count
        shell.events.register("pre_run_cell", self._note_cell_number)

    def _note_cell_number(self, info: Any) -> None:
        # Diagnostics name the cell after its prompt number (In [N]). IPython 9 increments
        # execution_count before running a cell and earlier versions after, but before a cell is
        # stored, its number is the length of the input history (entry 0 is a placeholder).
        if info.store_history:
            self._cell_number = len(self.shell.history_manager.input_hist_raw)
        else:
            self._cell_number = self.shell.execution_count

    @cell_magic
    def mojo(self, line: str, cell: str) -> MojoValue | None:
        """Run the cell as Mojo in this IPython's Mojo session (REPL semantics: state persists)."""
        return self.engine.run_cell(cell, cell_id=self._cell_number)

    @line_magic
    def mojo_doc(self, line: str) -> None:
        """Show the signature and docstring of a Mojo name in the pager (`name?` in a Mojo cell)."""
        name = line.strip()
        text = self.engine.session.inspect(name, len(name))
        page.page(text if text is not None else f"Mojo: no definition of {name!r} is known here.")


def engine_for(shell: Any) -> MojoEngine:
    """The one Mojo engine of this IPython shell, created on first use."""
    engine = getattr(shell, "mojo_engine", None)
    if engine is None:
        engine = MojoEngine(namespace=shell.user_ns)
        shell.mojo_engine = engine
    return engine


def load_ipython_extension(shell: Any) -> None:
    shell.register_magics(MojoMagics(shell, engine_for(shell)))
