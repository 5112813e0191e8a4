"""Kernel tests run real kernels from this checkout, isolated from the user's Jupyter setup.

A session fixture writes the `mojo` kernelspec (pointing at this interpreter) into a private
JUPYTER_PATH, and gives kernels a private IPython directory (history database) and object cache.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from mojito.kernel.kernelspec import KERNEL_NAME, kernel_json

ISOLATED_VARIABLES = ("JUPYTER_PATH", "IPYTHONDIR", "MOJITO_CACHE_DIR", "JUPYTER_PLATFORM_DIRS")


@pytest.fixture(scope="session", autouse=True)
def private_jupyter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("jupyter")
    spec_dir = root / "data" / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(json.dumps(kernel_json()))
    saved = {name: os.environ.get(name) for name in ISOLATED_VARIABLES}
    os.environ["JUPYTER_PATH"] = str(root / "data")
    os.environ["IPYTHONDIR"] = str(root / "ipython")
    os.environ.setdefault("MOJITO_CACHE_DIR", str(root / "mojito-cache"))
    yield root
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
