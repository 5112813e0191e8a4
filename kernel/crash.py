"""Tell the user why the previous kernel died.

When native code crashes (a segfault, a stack overflow) the process is gone before Python can
report anything, and Jupyter only says "the kernel died". So each kernel keeps a small record next
to its connection file: which Mojo cell is running, followed by what `faulthandler` writes on a fatal
signal. A restarted kernel reuses the connection file, finds a non-empty record, and shows it on
stderr of the first cell it runs. A clean shutdown removes the record.
"""

from __future__ import annotations

import atexit
import contextlib
import faulthandler
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO


class CrashRecord:
    def __init__(self, connection_file: str) -> None:
        self.path = Path(connection_file + ".mojo-crash")
        self.previous = self._read_previous()
        self._file: IO[str] = open(self.path, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        faulthandler.enable(file=self._file, all_threads=False)
        atexit.register(self.close)

    def _read_previous(self) -> str:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""
        return text

    def message(self) -> str | None:
        """What to tell the user about the previous kernel of this notebook, if it died."""
        if not self.previous:
            return None
        lines = self.previous.splitlines()
        where = lines[0] if lines[0].startswith("while running") else "outside a Mojo cell"
        crash = [line for line in lines if line.startswith("Fatal Python error")]
        why = (crash[0].removeprefix("Fatal Python error: ") if crash
               else "killed from outside (most likely the memory limit of this session)")
        return (f"The previous kernel died {where}: {why}.\n"
                "Its definitions and variables are lost; run the cells you need again.\n")

    @contextlib.contextmanager
    def running_cell(self, cell_id: int) -> Iterator[None]:
        self._rewrite(f"while running Mojo cell [{cell_id}]\n")
        try:
            yield
        finally:
            self._rewrite("")

    def _rewrite(self, text: str) -> None:
        if self._file.closed:  # shutting down
            return
        # faulthandler writes at the file's current offset, i.e. right after this text.
        self._file.seek(0)
        self._file.write(text)
        self._file.truncate()
        self._file.flush()

    def close(self) -> None:
        if not self._file.closed:
            faulthandler.disable()
            self._file.close()
        with contextlib.suppress(OSError):
            os.unlink(self.path)
