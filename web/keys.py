"""Secrets generated on first start into `$MOJITO_DATA_DIR/secrets/` (0700 dir, 0600 files).

Nothing here is ever logged; the admin password is printed once by bootstrap, nowhere else.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def _write_private(path: Path, value: str) -> None:
    # O_EXCL: two workers starting at once never overwrite each other's secret.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(value + "\n")


def ensure_secrets_dir(secrets_dir: Path) -> None:
    secrets_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(secrets_dir, 0o700)


def load_or_create(secrets_dir: Path, name: str, nbytes: int = 32) -> str:
    ensure_secrets_dir(secrets_dir)
    path = secrets_dir / name
    if not path.exists():
        try:
            _write_private(path, secrets.token_urlsafe(nbytes))
        except FileExistsError:
            pass
    return path.read_text().strip()


def store(secrets_dir: Path, name: str, value: str) -> Path:
    ensure_secrets_dir(secrets_dir)
    path = secrets_dir / name
    if path.exists():
        path.unlink()
    _write_private(path, value)
    return path
