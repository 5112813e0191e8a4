"""The Mojo Jupyter kernel (`mojo`) and the `%%mojo` IPython extension.

Modules: kernel (the ipykernel subclass), engine (the compiler Session as cells see it), cells
(which language a cell is), magic (`%%mojo`), interrupts, lexer (Pygments), kernelspec and cli
(`mojito kernel install`).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"


def load_ipython_extension(shell: Any) -> None:
    """`%load_ext mojito.kernel`: add the `%%mojo` cell magic to this IPython."""
    from .magic import load_ipython_extension as load

    load(shell)
