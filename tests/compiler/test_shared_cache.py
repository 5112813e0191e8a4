"""The prebuilt, read-only library cache that every notebook session shares (compiler/prebuild.py)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(600)


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=500,
                          env={**os.environ, **env})


def test_a_new_user_loads_the_library_from_the_shared_cache_instead_of_compiling_it(tmp_path):
    shared = tmp_path / "shared"
    built = _run(["-m", "mojito.compiler.prebuild", str(shared)])
    assert built.returncode == 0, built.stderr
    published = Path(built.stdout.strip())
    assert published.parent == shared and not list(shared.glob(".build-*"))  # no half-built copy left
    objects = list((published / "objects").iterdir())
    assert any(p.name.startswith("std-") for p in objects)
    # Readable by the sessions' uids, writable by nobody else.
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o644 for p in objects)

    program = tmp_path / "hello.mojo"
    program.write_text('def main():\n    print("hello from", 6 * 7)\n')
    mine = tmp_path / "user-cache"
    run = _run(["-m", "mojito.compiler.cli", "run", str(program)],
               MOJITO_CACHE_DIR=str(mine), MOJITO_SHARED_CACHE=str(shared))
    assert run.returncode == 0 and run.stdout == "hello from 42\n", run.stderr
    own = [p.name for p in (mine / "objects").iterdir()]
    assert own and not any(n.startswith(("std-", "ast-")) for n in own), own  # only the program's

    # A second prebuild finds the published copy and returns at once.
    again = _run(["-m", "mojito.compiler.prebuild", str(shared)])
    assert again.returncode == 0 and Path(again.stdout.strip()) == published

