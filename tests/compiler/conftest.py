"""Compiler tests compile into a private object cache."""

from __future__ import annotations

import os

import pytest

# Every function the tests compile (in this process and in `mojito` subprocesses) goes through the
# IR verifier: ownership bugs fail loudly instead of corrupting memory.
os.environ["MOJITO_VERIFY_IR"] = "1"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Compile into a fresh object cache, so the tests exercise the compiler, not old cache entries."""
    os.environ["MOJITO_CACHE_DIR"] = str(tmp_path_factory.mktemp("mojito-cache"))
