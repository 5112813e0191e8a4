"""Helpers for the compiler tests: where the conformance corpus is, and how to run mojito."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The corpus lives in shared/ beside the repository (CI clones main next to it).
SHARED = Path(os.environ.get("MOJITO_SHARED_DIR", REPO.parent / "shared"))
CONFORMANCE = SHARED / "conformance"


def require_corpus() -> Path:
    if not CONFORMANCE.is_dir():
        pytest.fail(f"the conformance corpus is missing: expected it at {CONFORMANCE} "
                    "(set MOJITO_SHARED_DIR to the folder that holds conformance/)")
    return CONFORMANCE


def mojito(*args: str, cwd: Path | None = None, timeout: float = 120, env: dict | None = None
           ) -> subprocess.CompletedProcess:
    """Run the `mojito` CLI of this checkout in a subprocess."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "mojito.compiler.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=cwd, env=full_env)
