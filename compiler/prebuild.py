"""Prebuild the compiled standard library into a cache that sessions share read-only.

    python -m mojito.compiler.prebuild DEST

Compiling the library takes tens of seconds, once per cache: without a shared copy every new
notebook user (whose cache lives in their own workspace) waits that long for their first Mojo cell.
This writes DEST/<compiler fingerprint>/objects/ the way compile_source would, world-readable, and
publishes it with one rename, so a reader sees either nothing or the whole cache. Readers find it
through MOJITO_SHARED_CACHE=DEST (driver.shared_cache_dirs). A cache for another compiler version
is left alone (another checkout may use it) and never matches this compiler's keys.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
import tempfile
from pathlib import Path


def _build(dest: Path) -> Path:
    """Build into dest; sets this process's cache variables (run it as its own process: main)."""
    from . import driver

    final = dest / driver.compiler_fingerprint()
    if (final / "objects").is_dir():
        return final
    dest.mkdir(parents=True, exist_ok=True)
    os.chmod(dest, 0o755)
    # One build at a time (two hubs, or a hub and a test, may ask together): the second waits and
    # then finds the first one's.
    with open(dest / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (final / "objects").is_dir():
            return final
        return _build_locked(dest, final)


def _build_locked(dest: Path, final: Path) -> Path:
    from . import driver

    work = Path(tempfile.mkdtemp(prefix=".build-", dir=dest))
    try:
        os.environ["MOJITO_CACHE_DIR"] = str(work)
        os.environ.pop("MOJITO_SHARED_CACHE", None)  # build everything here, not from another copy
        driver.compile_source("def main():\n    pass\n", "<prebuild>")
        for root, dirs, files in os.walk(work):
            os.chmod(root, 0o755)
            for name in files:
                os.chmod(os.path.join(root, name), 0o644)
        os.rename(work, final)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return final


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m mojito.compiler.prebuild DEST", file=sys.stderr)
        return 2
    print(_build(Path(args[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
