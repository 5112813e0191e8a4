"""The `mojo` Jupyter kernel: IPython's kernel with Mojo as the default cell language.

Every cell goes through IPython (execution counts, history, `%%time`, display, `Out[N]`); an input
transformer rewrites a Mojo cell into a call of the `%%mojo` magic (see cells.py for which cells are
Mojo), so Mojo and Python share one process, one namespace and one set of magics.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

from ipykernel.ipkernel import IPythonKernel

from . import __version__
from .cells import CellKind, classify, help_request, python_cursor_offset, strip_python_marker
from .crash import CrashRecord
from .magic import MojoMagics, engine_for

LANGUAGE_INFO = {
    "name": "mojo",
    "version": "1.2",
    "mimetype": "text/x-mojo",
    "file_extension": ".mojo",
    # Our lexer (lexer.py); Pygments' own `mojo` alias would win over a plugin of that name.
    "pygments_lexer": "mojito",
    # The CodeMirror 6 language of Mojito's JupyterLab extension (hub/labextension).
    "codemirror_mode": "mojo",
}


class MojoKernel(IPythonKernel):
    implementation = "mojito"
    implementation_version = __version__
    language_info = LANGUAGE_INFO
    banner = (
        f"Mojo (Mojito {__version__}): Mojo cells by default; start a cell with %%python for Python.\n"
        "name? shows a definition; %%mojo_emit ir|llvm|asm [FUNCTION] shows what the compiler makes of a\n"
        "cell (Mojito's IR with its copies, moves and destroys, optimized LLVM IR, or assembly) without running it.\n"
    )
    help_links = [  # noqa: RUF012 - ipykernel declares it as a plain class attribute
        {"text": "Mojo manual", "url": "https://docs.modular.com/mojo/manual/"},
        {"text": "Mojito kernel", "url": "https://github.com/mojito-playground/mojito/blob/main/docs/kernel.md"},
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.engine = engine_for(self.shell)
        self.shell.register_magics(MojoMagics(self.shell, self.engine))
        # First, so that IPython's own cleanups (prompt stripping, dedent) never touch Mojo source.
        self.shell.input_transformers_cleanup.insert(0, self._route_cell)
        self._executing_python_cell = False
        self._executing_mojo_cell = False
        self._interrupt_lock = threading.Lock()  # interrupts come from the control thread
        self._crash_news = self._start_crash_record()

    def _start_crash_record(self) -> str | None:
        connection_file = getattr(self.parent, "abs_connection_file", None)
        if not connection_file:  # not started by a kernel app (embedded): nothing to reuse
            return None
        try:
            self.engine.crash_record = CrashRecord(connection_file)
        except OSError as exc:  # a read-only runtime directory: run without crash reports
            self.log.warning("no crash record beside %s: %s", connection_file, exc)
            return None
        news = self.engine.crash_record.message()
        if news:
            self.log.warning("%s\n%s", news, self.engine.crash_record.previous)
        return news

    # -- execution -------------------------------------------------------------------------

    def _route_cell(self, lines: list[str]) -> list[str]:
        """IPython input transformer: what IPython should run for these lines."""
        source = "".join(lines)
        if not source.strip():
            return lines
        kind = classify(source)
        if kind is CellKind.PYTHON:
            return strip_python_marker(source).splitlines(keepends=True)
        if self._executing_python_cell or kind is CellKind.IPYTHON_MAGIC:
            # Inside a %%python cell even a nested `%%time` body is Python.
            return lines
        name = help_request(source)
        if name:
            return [f"%mojo_doc {name}\n"]
        return ["%%mojo\n", *lines]

    async def do_execute(self, code: str, silent: bool, *args: Any, **kwargs: Any) -> dict[str, Any]:
        if self._crash_news and not silent:
            sys.stderr.write(self._crash_news)
            sys.stderr.flush()  # ahead of the cell's own output
            self._crash_news = None
        self._executing_python_cell = classify(code) is CellKind.PYTHON
        try:
            return await super().do_execute(code, silent, *args, **kwargs)
        finally:
            self._executing_python_cell = False

    async def execute_request(self, stream: Any, ident: Any, parent: Any) -> None:
        # Noted before ipykernel announces the cell (execute_input), so that an interrupt from
        # then on is kept for the Mojo cell instead of signalling ipykernel's own code.
        with self._interrupt_lock:
            self._executing_mojo_cell = classify(parent["content"].get("code", "")) is CellKind.MOJO
        try:
            await super().execute_request(stream, ident, parent)
        finally:
            with self._interrupt_lock:
                self._executing_mojo_cell = False
                self.engine.cancel_interrupt_when_started()

    async def kernel_info_request(self, *args: Any) -> None:
        await super().kernel_info_request(*args)
        # Frontends ask for kernel_info as soon as they connect; only once it is answered (the
        # kernel is "ready") start the compiler, so that warming up never delays readiness.
        if not self.engine.warming_up:
            self.engine.warm_up_in_background()

    async def interrupt_request(self, stream: Any, ident: Any, parent: Any) -> None:
        # A running Mojo cell is stopped directly from this (control) thread: no signal involved,
        # which is what a sandbox without signal delivery from outside needs.
        with self._interrupt_lock:
            handled = self.engine.interrupt()
            if not handled and self._executing_mojo_cell:
                # The Mojo cell has not reached the compiler yet; a signal now would raise
                # KeyboardInterrupt inside ipykernel's own code and lose the cell's reply.
                self.engine.interrupt_when_started()
                handled = True
        if handled:
            self.session.send(stream, "interrupt_reply", {"status": "ok"}, parent, ident=ident)
            return
        await super().interrupt_request(stream, ident, parent)

    def do_shutdown(self, restart: bool) -> Any:
        # A requested shutdown or restart is no crash, even if the manager has to kill the process;
        # and a running Mojo loop is stopped so the kernel can exit by itself.
        if self.engine.crash_record:
            self.engine.crash_record.close()
        self.engine.interrupt()
        self.engine.close()
        return super().do_shutdown(restart)

    # -- console and editor support ----------------------------------------------------------

    def do_history(self, hist_access_type: str, output: bool, raw: bool, *args: Any, **kwargs: Any) -> dict[str, Any]:
        reply = super().do_history(hist_access_type, output, raw, *args, **kwargs)
        # IPython answers a range in the running session with session number 0 ("current"), while
        # `tail` and `search` give the real number; clients match entries by it, so make it real.
        current = self.shell.history_manager.session_number
        reply["history"] = [(session or current, *rest) for session, *rest in reply["history"]]
        return reply

    def do_complete(self, code: str, cursor_pos: int | None) -> dict[str, Any]:
        cursor_pos = len(code) if cursor_pos is None else cursor_pos
        kind = classify(code)
        if kind is CellKind.PYTHON:
            offset = python_cursor_offset(code)
            if cursor_pos < offset:
                return _completion([], cursor_pos, cursor_pos)
            reply = super().do_complete(code[offset:], cursor_pos - offset)
            reply["cursor_start"] += offset
            reply["cursor_end"] += offset
            return reply
        offset = _mojo_magic_body(code)
        if kind is CellKind.IPYTHON_MAGIC and (offset is None or cursor_pos < offset):
            return super().do_complete(code, cursor_pos)
        if offset:  # the Mojo body of a `%%mojo` or `%%mojo_emit` cell
            reply = self.do_complete(code[offset:], cursor_pos - offset)
            reply["cursor_start"] += offset
            reply["cursor_end"] += offset
            for t in reply["metadata"].get("_jupyter_types_experimental", []):
                t["start"] += offset
                t["end"] += offset
            return reply
        items, start, end = self.engine.session.completions(code, cursor_pos)
        matches, start, end = _narrow_to_typed_word(code, cursor_pos, [c.text for c in items], start, end)
        kept = set(matches)
        # JupyterLab shows each match's kind (an icon) and signature from this metadata.
        types = [{"start": start, "end": end, "text": c.text, "type": c.type, "signature": c.signature}
                 for c in items if c.text in kept]
        reply = _completion(matches, start, end)
        reply["metadata"] = {"_jupyter_types_experimental": types}
        return reply

    def do_inspect(
        self, code: str, cursor_pos: int, detail_level: int = 0, omit_sections: Any = ()
    ) -> dict[str, Any]:
        kind = classify(code)
        if kind is CellKind.PYTHON:
            offset = python_cursor_offset(code)
            return super().do_inspect(code[offset:], max(cursor_pos - offset, 0), detail_level, omit_sections)
        offset = _mojo_magic_body(code)
        if kind is CellKind.IPYTHON_MAGIC and (offset is None or cursor_pos < offset):
            return super().do_inspect(code, cursor_pos, detail_level, omit_sections)
        if offset:
            code, cursor_pos = code[offset:], cursor_pos - offset
        text = self.engine.session.inspect(code, cursor_pos)
        data = {} if text is None else {"text/plain": text}
        return {"status": "ok", "found": text is not None, "data": data, "metadata": {}}

    def do_is_complete(self, code: str) -> dict[str, Any]:
        kind = classify(code)
        if kind is CellKind.PYTHON:
            body = code[python_cursor_offset(code):]
            return super().do_is_complete(body) if body.strip() else {"status": "incomplete", "indent": ""}
        if kind is CellKind.IPYTHON_MAGIC:
            return super().do_is_complete(code)
        status, indent = self.engine.session.is_complete(code)
        reply = {"status": status}
        if status == "incomplete":
            reply["indent"] = indent
        return reply


_MOJO_CELL_MAGIC = re.compile(r"\s*%%(?:mojo|mojo_emit)(?:[ \t][^\n]*)?\n")


def _mojo_magic_body(code: str) -> int | None:
    """Where the Mojo body of a `%%mojo` / `%%mojo_emit` cell starts, or None for other cells."""
    m = _MOJO_CELL_MAGIC.match(code)
    return m.end() if m else None


def _narrow_to_typed_word(
    code: str, cursor_pos: int, matches: list[str], start: int, end: int
) -> tuple[list[str], int, int]:
    """Completions replace the identifier being typed and start with it. Enforced here because a
    completer that offers every name in scope (or an empty replacement range) makes the front end
    insert the choice after what was typed: `pri` + `print` = `priprint`."""
    typed = re.search(r"[A-Za-z_][A-Za-z0-9_]*$", code[:cursor_pos])
    if typed and start == end == cursor_pos:
        word = typed.group(0)
        return [m for m in matches if m.startswith(word)], cursor_pos - len(word), cursor_pos
    return matches, start, end


def _completion(matches: list[str], start: int, end: int) -> dict[str, Any]:
    return {"status": "ok", "matches": matches, "cursor_start": start, "cursor_end": end, "metadata": {}}


def main() -> None:
    from ipykernel.kernelapp import IPKernelApp

    IPKernelApp.launch_instance(kernel_class=MojoKernel)


if __name__ == "__main__":
    sys.exit(main())
