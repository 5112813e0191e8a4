"""Inside a sandboxed session: tell the user, in the next cell, that a kernel was killed for memory
(and, after a cell, that the workspace is full).

When a cell makes the session go over its memory limit the kernel's cgroup OOM-kills the kernel
process, Jupyter restarts it, and the next cell would just run in an empty kernel. The local
spawner binds the session cgroup's memory event counters read-only into the sandbox
(`MOJITO_MEMORY_EVENTS`) and points `PYTHONSTARTUP` at `oomnotice_startup.py`, which IPython runs
in every kernel (python3 and Mojo alike) before the first cell. This module then:

- keeps a marker per kernel (keyed by its connection file) in the session's private /tmp with
  the number of OOM kills seen so far; a clean shutdown or restart removes it (atexit);
- when a kernel starts and finds its marker, the previous process of that kernel died; if the OOM
  counter went up meanwhile it died for memory. The first cell then shows why, before its output;
- after each cell, if the counter went up while this kernel survived (a subprocess was killed),
  says so too;
- does not run a request that the server forwarded before this kernel process started (stamped by
  `kernelrestarts.py`): it was sent to the dead predecessor, its sender was told "restarting" and
  no longer listens, so running it would do things nobody sees and take the notice along. The
  notice waits for the first cell sent to this kernel.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import inspect
import os
import sys
import time
from pathlib import Path
from typing import Any

MARKER_DIR = Path(os.environ.get("TMPDIR", "/tmp"))


def oom_kills(path: str | None = None) -> int | None:
    path = path or os.environ.get("MOJITO_MEMORY_EVENTS")
    if not path:
        return None
    try:
        text = Path(path).read_text()
    except OSError:
        return None
    for line in text.splitlines():
        key, _, value = line.partition(" ")
        if key == "oom_kill":
            return int(value)
    return None


def process_started_at(stat: str | None = None) -> float | None:
    """When this process started, in time.time() seconds (from /proc: CLOCK_BOOTTIME ticks)."""
    try:
        stat = stat if stat is not None else Path("/proc/self/stat").read_text()
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22, counted after "pid (comm)"
        since_boot = ticks / os.sysconf("SC_CLK_TCK")
        return time.time() - (time.clock_gettime(time.CLOCK_BOOTTIME) - since_boot)
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def sent_before(parent: Any, started: float | None) -> bool:
    """Whether the server forwarded this execute request before this kernel process started."""
    if started is None or not isinstance(parent, dict):
        return False
    sent = (parent.get("metadata") or {}).get("mojito_sent_at")
    return isinstance(sent, (int, float)) and sent < started


NOT_RUN = ("This cell was sent while the kernel was restarting and was not run; run it again.\n")


def _limit_text() -> str:
    mb = os.environ.get("MOJITO_MEMORY_LIMIT_MB")
    return f"the session's memory limit of {mb} MB" if mb else "the session's memory limit"


def kernel_killed_message() -> str:
    return (
        f"The kernel was restarted: the previous cell used more than {_limit_text()}, so the kernel "
        "was killed (out of memory).\nEverything defined before is lost; run the cells you need "
        "again, and work on less data at a time (your plan sets the limit).\n"
    )


def kernel_died_message() -> str:
    return ("The kernel was restarted: its previous process ended unexpectedly.\n"
            "Everything defined before is lost; run the cells you need again.\n")


FULL_AT = 0.98  # share of the workspace in use from which a cell ends with a warning
CLEAR_AT = 0.90  # ... and below which the warning may come again


def workspace_use(home: str | None = None) -> tuple[int, int] | None:
    try:
        st = os.statvfs(home or os.path.expanduser("~"))
    except OSError:
        return None
    size = st.f_blocks * st.f_frsize
    return (size - st.f_bavail * st.f_frsize, size) if size else None


def workspace_full_message(used: int, size: int) -> str:
    return (f"Your workspace is full: {used / 2**20:.0f} MB of {size / 2**20:.0f} MB used. Files cannot "
            "be saved (\"No space left on device\") until you delete some; your plan sets the size.\n")


def process_killed_message(n: int) -> str:
    what = "A process" if n == 1 else f"{n} processes"
    return (f"{what} of this session went over {_limit_text()} during this cell and "
            f"{'was' if n == 1 else 'were'} killed (out of memory); the kernel itself is still running.\n")


class Notice:
    def __init__(self, connection_file: str, events: str | None = None):
        key = hashlib.sha256(connection_file.encode()).hexdigest()[:16]
        self.marker = MARKER_DIR / f".mojito-kernel-{key}"
        self.events = events
        self.pending: str | None = None
        self.warned_full = False
        now = oom_kills(events)
        previous = self._read()
        if previous is not None:  # the marker of a process of this kernel that did not exit cleanly
            if now is not None and now > previous:
                self.pending = kernel_killed_message()
            else:
                self.pending = kernel_died_message()
        self.seen = now or 0
        self._write()
        atexit.register(self.clean_exit)

    def _read(self) -> int | None:
        try:
            return int(self.marker.read_text().strip() or 0)
        except (OSError, ValueError):
            return None

    def _write(self) -> None:
        with contextlib.suppress(OSError):
            tmp = self.marker.with_name(self.marker.name + ".tmp")
            tmp.write_text(str(self.seen))
            tmp.replace(self.marker)

    def clean_exit(self) -> None:
        with contextlib.suppress(OSError):
            self.marker.unlink()

    def before_cell(self) -> str | None:
        news, self.pending = self.pending, None
        return news

    def after_cell(self) -> str | None:
        return "".join(filter(None, (self._killed_during_cell(), self._workspace_full()))) or None

    def _killed_during_cell(self) -> str | None:
        now = oom_kills(self.events)
        if now is None or now <= self.seen:
            return None
        killed, self.seen = now - self.seen, now
        self._write()
        return process_killed_message(killed)

    def _workspace_full(self) -> str | None:
        use = workspace_use()
        if use is None:
            return None
        used, size = use
        free = size - used
        if free > max((1 - CLEAR_AT) * size, 16 * 2**20):
            self.warned_full = False
        # ext4 refuses new data a little before its last block: a few MiB count as full.
        if free > max((1 - FULL_AT) * size, 8 * 2**20) or self.warned_full:
            return None
        self.warned_full = True
        return workspace_full_message(used, size)


def _connection_file(kernel: Any) -> str | None:
    app = getattr(kernel, "parent", None)
    found = getattr(app, "abs_connection_file", None) or getattr(app, "connection_file", None)
    if found:
        return str(found)
    argv = sys.argv
    return argv[argv.index("-f") + 1] if "-f" in argv[:-1] else None


def install() -> bool:
    """Hook the running kernel (called from PYTHONSTARTUP inside IPython); False outside one."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    kernel = getattr(shell, "kernel", None)
    if kernel is None or getattr(kernel, "_mojito_oom_notice", None) is not None:
        return False
    connection_file = _connection_file(kernel)
    if connection_file is None:
        return False
    notice = Notice(connection_file, os.environ.get("MOJITO_MEMORY_EVENTS"))
    kernel._mojito_oom_notice = notice
    if notice.pending and getattr(kernel, "_crash_news", None):
        # The Mojo kernel has its own, vaguer, note about a dead predecessor: say it once, precisely.
        kernel._crash_news = None
    original = kernel.do_execute
    started = process_started_at()

    async def do_execute(code: str, silent: bool, *args: Any, **kwargs: Any) -> Any:
        if sent_before(_parent(kernel), started):
            _say(NOT_RUN)
            return {"status": "aborted", "execution_count": getattr(kernel, "execution_count", 0)}
        if not silent:
            _say(notice.before_cell())
        reply = original(code, silent, *args, **kwargs)
        if inspect.isawaitable(reply):
            reply = await reply
        if not silent:
            _say(notice.after_cell())
        return reply

    kernel.do_execute = do_execute
    return True


def _parent(kernel: Any) -> Any:
    try:
        return kernel.get_parent("shell")
    except Exception:  # noqa: BLE001 - an older ipykernel: no staleness check
        return None


def _say(text: str | None) -> None:
    if text:
        sys.stderr.write(text)
        sys.stderr.flush()
