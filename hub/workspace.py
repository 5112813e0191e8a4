"""A user's persistent workspace: `$MOJITO_DATA_DIR/users/<name>/`, seeded from the examples.

Seeding never overwrites: a file the user changed keeps their version, and an example the user
deleted is not brought back (the names already seeded are remembered in `.mojito/seeded`).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

SEED_SUBDIR = "examples"
SEEDED_LIST = Path(".mojito") / "seeded"


def prepare(users_dir: Path, name: str, examples: Path, uid: int, gid: int) -> Path:
    """Create (or reuse) the workspace, copy new examples into it, and hand it to the session uid."""
    # The parent is root-only: a session never sees any workspace but its own (it is bound in).
    users_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(users_dir, 0o700)
    workspace = users_dir / name
    workspace.mkdir(exist_ok=True)
    seed(workspace, examples)
    _chown_tree_if_needed(workspace, uid, gid)
    os.chmod(workspace, 0o700)
    return workspace


def seed(workspace: Path, examples: Path) -> list[str]:
    """Copy examples that were never seeded before; returns the relative paths copied."""
    if not examples.is_dir():
        return []
    listed = workspace / SEEDED_LIST
    already = set(listed.read_text().splitlines()) if listed.exists() else set()
    copied: list[str] = []
    for source in sorted(examples.rglob("*")):
        if not source.is_file() or any(part.startswith(".") for part in source.relative_to(examples).parts):
            continue
        rel = str(Path(SEED_SUBDIR) / source.relative_to(examples))
        target = workspace / rel
        if rel in already or target.exists():
            already.add(rel)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        copied.append(rel)
        already.add(rel)
    listed.parent.mkdir(exist_ok=True)
    listed.write_text("".join(f"{r}\n" for r in sorted(already)))
    return copied


def _chown_tree_if_needed(workspace: Path, uid: int, gid: int) -> None:
    if os.geteuid() != 0:
        return
    for root, dirs, files in os.walk(workspace):
        for entry in [root, *(os.path.join(root, f) for f in files + dirs)]:
            st = os.lstat(entry)
            if st.st_uid != uid or st.st_gid != gid:
                os.lchown(entry, uid, gid)
