"""The compiled standard library that every local session shares, read-only.

A session's own compiler cache lives in its workspace, so without this each new user's first Mojo
cell would compile the whole library (tens of seconds). The hub builds it once in the background
(compiler/prebuild.py, as root's child but world-readable) and each sandbox binds it read-only at
INSIDE with MOJITO_SHARED_CACHE pointing there. Until the build is published, sessions simply
compile for themselves, as before.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

INSIDE = "/var/cache/mojito-stdlib"  # where sessions see it

_lock = threading.Lock()
_started: dict[Path, subprocess.Popen] = {}


def ensure_building(dest: Path) -> None:
    """Start the prebuild once per hub process (it returns at once when already built)."""
    with _lock:
        if dest in _started:
            return
        dest.mkdir(parents=True, exist_ok=True)
        dest.chmod(0o755)
        log = open(dest / "prebuild.log", "ab")  # noqa: SIM115 - handed to the child
        # At the lowest priority: a session that starts meanwhile compiles for itself, first.
        nice = [shutil.which("nice"), "-n", "19"] if shutil.which("nice") else []
        _started[dest] = subprocess.Popen(
            [*nice, sys.executable, "-m", "mojito.compiler.prebuild", str(dest)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()


def sandbox_bind(dest: Path) -> dict[str, Path]:
    """The read-only bind for SandboxSpec.readonly_files (a directory binds like a file)."""
    return {INSIDE: dest} if dest.is_dir() else {}
