"""One Mojo REPL session as a notebook sees it, shared by the Mojo kernel and the `%%mojo` magic.

The compiler's `Session` does the work (state across cells, redefinition, native execution); this
layer adds what a notebook needs around it: output into whatever sys.stdout/sys.stderr currently
are (ipykernel's streams, or `%%capture`'s), errors that IPython shows as Mojo diagnostics instead of
Python tracebacks, interrupts, and Mojo functions published into the Python namespace.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from typing import Any

from .interrupts import sigint_calls


class MojoValue:
    """The value of a cell's trailing expression, shown as Mojo prints it (no Python quotes)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(self.text)


WARNING_STYLE = (
    "background:#fff6db;color:#5c4400;border-left:4px solid #e0a800;padding:4px 8px;margin:0 0 2px 0;"
    "white-space:pre-wrap;font-family:var(--jp-code-font-family,monospace);font-size:var(--jp-code-font-size,13px)"
)


def show_warnings(text: str) -> bool:
    """Compiler warnings as a warning box (yellow, not the red of stderr), ahead of the cell's
    output. False outside a kernel (the caller writes them to stderr then)."""
    import html

    try:
        from IPython import get_ipython
        from IPython.display import publish_display_data
    except ImportError:
        return False
    if get_ipython() is None or getattr(get_ipython(), "display_pub", None) is None:
        return False
    sys.stdout.flush()  # anything printed earlier stays earlier
    body = text.rstrip("\n")
    publish_display_data(
        {"text/plain": body, "text/html": f'<pre class="mojito-warning" style="{WARNING_STYLE}">{html.escape(body)}</pre>'},
        metadata={"mojito": {"kind": "warning"}},
    )
    return True


def _write_output(stream: str, text: str) -> None:
    # Looked up per chunk: IPython swaps sys.stdout for %%capture and per-cell output routing.
    if stream == "stderr" and ": warning: " in text and show_warnings(text):
        return  # the compiler's warnings (the runtime's own stderr becomes the cell's error)
    target = sys.stderr if stream == "stderr" else sys.stdout
    target.write(text)


def _show_as(exc: BaseException, lines: list[str]) -> BaseException:
    """Make IPython show `lines` as the traceback of `exc` (it calls `_render_traceback_` when
    present), so a Mojo error never appears as a Python traceback through our own frames."""
    exc._render_traceback_ = lambda: lines  # type: ignore[attr-defined]
    return exc


class MojoEngine:
    """A lazily started compiler Session plus the notebook conventions around it."""

    def __init__(self, namespace: dict[str, Any] | None = None) -> None:
        self.namespace = namespace  # where Mojo functions are published for Python code
        self._session: Any = None
        self._session_lock = threading.Lock()
        self._running = threading.Event()
        self.crash_record: Any = None  # a crash.CrashRecord in the Mojo kernel
        self.warming_up = False
        self._cells_started = 0
        self._interrupt_at_start = threading.Event()
        self._guarding = False  # the stack guard is armed for the running cell (guard_stack)

    @property
    def session(self) -> Any:
        with self._session_lock:
            if self._session is None:
                from mojito.compiler.session import Session

                self._session = Session(output=_write_output)
            return self._session

    def warm_up_in_background(self) -> None:
        """Import the compiler and start the session while the user is still typing."""
        self.warming_up = True
        threading.Thread(target=lambda: self.session, name="mojo-warm-up", daemon=True).start()

    @property
    def running(self) -> bool:
        return self._running.is_set()

    def interrupt(self) -> bool:
        """Stop the running Mojo cell, if there is one; thread-safe. True if one was running."""
        if not self._running.is_set():
            return False
        self.session.interrupt()
        # The session clears its interrupt flag when a compiled cell starts running, so an
        # interrupt that lands while the cell still compiles would be lost: repeat it until
        # this cell has ended.
        cell = self._cells_started
        threading.Thread(target=self._keep_interrupting, args=(cell,), name="mojo-interrupt", daemon=True).start()
        return True

    def interrupt_when_started(self) -> None:
        """Interrupt the cell about to run as soon as it starts (the request came a bit early)."""
        self._interrupt_at_start.set()

    def cancel_interrupt_when_started(self) -> None:
        self._interrupt_at_start.clear()

    def _keep_interrupting(self, cell: int) -> None:
        while self._running.is_set() and self._cells_started == cell:
            self.session.interrupt()
            time.sleep(0.02)

    def guard_stack(self, on: bool) -> None:
        """Around every cell (IPython's pre/post_run_cell): arm the session's stack guard, so that a
        Mojo function called from Python code that recurses too deep raises RecursionError instead
        of killing the kernel. Nothing to guard before the first Mojo cell started a session."""
        if on and self._session is not None and not self._guarding:
            self._session.stack_guard.__enter__()
            self._guarding = True
        elif not on and self._guarding:
            self._guarding = False
            self._session.stack_guard.__exit__(None, None, None)

    def close(self) -> None:
        """Kernel shutdown: destroy the session's variables (their `__deinit__` runs), unless a cell
        is still running (it was just interrupted; the process is about to end anyway)."""
        if self._session is None or self.running:
            return
        try:
            self._session.close()
        except Exception as exc:  # the kernel still shuts down; say why the destructors did not run
            sys.stderr.write(f"mojito: could not destroy the session's variables: {exc}\n")

    def run_cell(self, source: str, cell_id: int) -> MojoValue | None:
        """Run one Mojo cell; its trailing expression's value, or raise a notebook-ready error."""
        from mojito.compiler.diagnostics import CompileError
        from mojito.compiler.session import MojoError, MojoInterrupted

        try:
            session = self.session  # inside the try: a compiler that cannot start is a bug to report
            with sigint_calls(self.interrupt), self._crash_marker(cell_id):
                self._cells_started += 1
                self._running.set()
                if self._interrupt_at_start.is_set():
                    self._interrupt_at_start.clear()
                    self.interrupt()
                try:
                    result = session.execute(source, cell_id)
                finally:
                    self._running.clear()
        except CompileError as exc:
            raise _show_as(exc, str(exc).rstrip("\n").splitlines()) from None
        except MojoInterrupted as exc:
            raise _show_as(exc, [f"MojoInterrupted: {exc or 'the Mojo cell was interrupted'}"]) from None
        except MojoError as exc:
            raise _show_as(exc, [f"MojoError: {exc}"]) from None
        except Exception as exc:  # a compiler bug: say so, and keep the Python traceback for the report
            raise _internal_error(exc) from None
        finally:
            self.publish_functions()
        if result.warnings and not show_warnings(result.warnings):
            sys.stderr.write(result.warnings if result.warnings.endswith("\n") else result.warnings + "\n")
        return None if result.value is None else MojoValue(result.value)

    def emit(self, source: str, cell_id: int, stage: str, function: str | None = None) -> str:
        """What the compiler makes of a cell ("ir", "llvm" or "asm"), compiled in this session's
        context without running it; the session is unchanged afterwards. Errors as in run_cell;
        ValueError for an unknown stage or function."""
        from mojito.compiler.diagnostics import CompileError
        from mojito.compiler.session import MojoInterrupted

        try:
            session = self.session
            with sigint_calls(self.interrupt):
                self._cells_started += 1
                self._running.set()
                try:
                    return session.emit(source, cell_id, stage, function)
                finally:
                    self._running.clear()
        except CompileError as exc:
            raise _show_as(exc, str(exc).rstrip("\n").splitlines()) from None
        except MojoInterrupted as exc:
            raise _show_as(exc, [f"MojoInterrupted: {exc}"]) from None
        except ValueError:
            raise
        except Exception as exc:  # a compiler bug: say so, and keep the Python traceback for the report
            raise _internal_error(exc) from None

    def _crash_marker(self, cell_id: int) -> Any:
        return self.crash_record.running_cell(cell_id) if self.crash_record else contextlib.nullcontext()

    def publish_functions(self) -> None:
        if self.namespace is None or self._session is None:
            return
        try:
            functions = self._session.python_functions()
        except Exception as exc:  # noqa: BLE001 - the Mojo cell itself ran; Python access is extra
            sys.stderr.write(f"warning: Mojo functions are not callable from Python: {type(exc).__name__}: {exc}\n")
            return
        self.namespace.update(functions)


def _internal_error(exc: BaseException) -> BaseException:
    """A compiler failure as the notebook shows it: always a `MojitoInternalError` (that is the
    error's name in Jupyter), saying how to report it, with the original Python traceback."""
    from mojito.compiler.diagnostics import MojitoInternalError

    original = exc.__cause__ if isinstance(exc, MojitoInternalError) and exc.__cause__ is not None else exc
    err = MojitoInternalError(f"the Mojo compiler failed on this cell ({type(original).__name__}: {original})")
    err.__cause__ = original
    return _show_as(err, _internal_error_lines(original))


def _internal_error_lines(exc: BaseException) -> list[str]:
    import traceback

    from mojito.compiler.diagnostics import ISSUE_URL

    try:
        trace = "".join(traceback.format_exception(exc)).rstrip("\n").splitlines()
    except Exception:  # noqa: BLE001 - e.g. a RecursionError's traceback too deep to format
        trace = [f"{type(exc).__name__}: {exc}"]
    if len(trace) > 400:  # a runaway recursion: the first and last frames tell the story
        trace = trace[:200] + [f"... {len(trace) - 400} lines ..."] + trace[-200:]
    return [
        f"MojitoInternalError: the Mojo compiler failed on this cell ({type(exc).__name__}: {exc}).",
        f"This is a bug in Mojito, not in your code; please report it at {ISSUE_URL}",
        "with the cell's source and the traceback below.",
        "",
        *trace,
    ]
