"""`%%mojo`: Mojo cells in any IPython (the standard Python kernel, a terminal IPython).

`%load_ext mojito.kernel` registers it. Every `%%mojo` cell of one IPython shares one session, so
definitions and `var`s persist from cell to cell exactly as in the Mojo kernel, and Mojo functions
become Python callables in the user namespace.
"""

from __future__ import annotations

import sys
from typing import Any

from IPython.core import page
from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, line_magic, magics_class

from .engine import MojoEngine, MojoValue

EMIT_STAGES = ("ir", "llvm", "asm")  # compiler.session.EMIT_STAGES, without importing the compiler


@magics_class
class MojoMagics(Magics):
    def __init__(self, shell: Any, engine: MojoEngine) -> None:
        super().__init__(shell)
        self.engine = engine
        self._cell_number = shell.execution_count
        shell.events.register("pre_run_cell", self._note_cell_number)
        shell.events.register("pre_run_cell", lambda info: engine.guard_stack(True))
        shell.events.register("post_run_cell", lambda result: engine.guard_stack(False))

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

    @cell_magic
    def mojo_emit(self, line: str, cell: str) -> None:
        """%%mojo_emit [ir|llvm|asm] [FUNCTION]: show what the compiler makes of this Mojo cell,
        compiled with the session's definitions but not run (nothing of it persists):

          ir    Mojito's IR: every copy, move and destroy of a value, as an explicit operation
          llvm  the optimized LLVM IR
          asm   the assembly for this machine's CPU (the default)

        FUNCTION limits the output to one function of the cell (`f`, `Point.__init__`); the
        cell's top-level statements are the function `__cellN`. The session's code carries its
        interrupt polls (at loop back-edges and function entries), as it runs them."""
        words = line.split()
        stage = words[0] if words else "asm"
        if stage not in EMIT_STAGES or len(words) > 2:
            raise UsageError(f"%%mojo_emit [{'|'.join(EMIT_STAGES)}] [FUNCTION] (got: {line.strip()!r})")
        try:
            text = self.engine.emit(cell, self._cell_number, stage, words[1] if len(words) > 1 else None)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        sys.stdout.write(text)

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
