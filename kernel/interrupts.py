"""Turn SIGINT into `Session.interrupt()` while native Mojo code runs.

A Python signal handler only runs when the main thread gets back to bytecode, which a native
`while True: pass` never does. The C-level handler does write the signal number to the wakeup fd
(`signal.set_wakeup_fd`) at once, from whatever thread received the signal, so a watcher thread
reading that pipe can stop the native loop. This serves kernels whose interrupt_mode is "signal"
(the standard IPython kernel running `%%mojo`) and the Mojo kernel's own message-mode interrupt,
which ipykernel implements by signalling its own process.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import threading
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def sigint_calls(interrupt: Callable[[], None]) -> Iterator[None]:
    """While the block runs, SIGINT calls `interrupt()` (from a helper thread) instead of raising
    KeyboardInterrupt at some later bytecode. Does nothing outside the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    try:
        previous_fd = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
    except ValueError:  # no usable wakeup fd here (embedded interpreters)
        os.close(read_fd)
        os.close(write_fd)
        yield
        return
    # The Python-level handler must not raise KeyboardInterrupt after the cell already stopped.
    previous_handler = signal.signal(signal.SIGINT, lambda signum, frame: None)
    stop_read, stop_write = os.pipe()
    watcher = threading.Thread(
        target=_watch, args=(read_fd, stop_read, previous_fd, interrupt), name="mojo-sigint", daemon=True
    )
    watcher.start()
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous_handler)
        signal.set_wakeup_fd(previous_fd)
        os.write(stop_write, b"x")
        watcher.join()
        for fd in (read_fd, write_fd, stop_read, stop_write):
            os.close(fd)


def _watch(read_fd: int, stop_fd: int, previous_fd: int, interrupt: Callable[[], None]) -> None:
    while True:
        ready, _, _ = select.select([read_fd, stop_fd], [], [])
        if stop_fd in ready:
            return
        signums = os.read(read_fd, 512)
        if signal.SIGINT in signums:
            interrupt()
        if previous_fd != -1:  # an event loop's own wakeup pipe: pass every signal on
            with contextlib.suppress(OSError):
                os.write(previous_fd, signums)
