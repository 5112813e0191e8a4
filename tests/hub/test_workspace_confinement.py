"""Seeding runs as root on a tree the user controls: links, FIFOs and hard links the user planted
between two sessions must never make root read or write anything outside the workspace."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from hubharness import require_root
from mojito.hub import workspace

pytestmark = pytest.mark.timeout(60)
UID = 261234


@pytest.fixture
def setup(tmp_path: Path):
    require_root()
    examples = tmp_path / "examples"
    (examples / "sub").mkdir(parents=True)
    (examples / "hello.mojo").write_text("print('hello')\n")
    (examples / "sub" / "deep.mojo").write_text("print('deep')\n")
    users = tmp_path / "users"
    # What the attacker wants root to touch: a root-only secret and a root-only directory.
    victim = tmp_path / "victim"
    victim.mkdir(mode=0o700)
    secret = victim / "secret"
    secret.write_text("root only\n")
    os.chmod(secret, 0o600)
    return examples, users, victim, secret


def _snapshot(root: Path) -> dict[str, tuple[int, int, bytes]]:
    out = {}
    for p in sorted(root.rglob("*")):
        st = p.lstat()
        out[str(p)] = (st.st_uid, st.st_mode, p.read_bytes() if p.is_file() else b"")
    return out


def test_first_launch_seeds_and_hands_everything_to_the_session_uid(setup):
    examples, users, _victim, _secret = setup
    ws = workspace.prepare(users, "ada", examples, UID, UID)
    assert (ws / "examples" / "hello.mojo").read_text() == "print('hello')\n"
    assert (ws / "examples" / "sub" / "deep.mojo").read_text() == "print('deep')\n"
    for p in [ws, *ws.rglob("*")]:
        assert p.lstat().st_uid == UID, p
    assert stat.S_IMODE(ws.stat().st_mode) == 0o700


def test_planted_links_are_never_followed_on_the_next_launch(setup):
    examples, users, victim, secret = setup
    ws = workspace.prepare(users, "ada", examples, UID, UID)
    (examples / "new.mojo").write_text("print('new example')\n")  # something to seed next time
    # The user (between sessions) replaces their seeded list and their examples by links.
    (ws / ".mojito" / "seeded").unlink()
    (ws / ".mojito" / "seeded").symlink_to(secret)
    for p in sorted((ws / "examples").rglob("*"), reverse=True):
        p.rmdir() if p.is_dir() else p.unlink()
    (ws / "examples").rmdir()
    (ws / "examples").symlink_to(victim)
    before = _snapshot(victim)

    workspace.prepare(users, "ada", examples, UID, UID)

    assert _snapshot(victim) == before  # nothing written, created, or chowned there
    assert secret.read_text() == "root only\n" and secret.stat().st_uid == 0
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert (ws / "examples").is_symlink()  # the user's link is left as it is
    # The seeded list was replaced (not written through) and belongs to the user.
    listed = ws / ".mojito" / "seeded"
    assert not listed.is_symlink() and listed.lstat().st_uid == UID
    assert "root only" not in listed.read_text()


def test_a_link_deeper_in_the_examples_and_a_linked_mojito_dir(setup):
    examples, users, victim, _secret = setup
    ws = workspace.prepare(users, "ada", examples, UID, UID)
    (examples / "sub" / "later.mojo").write_text("x\n")
    for p in (ws / "examples" / "sub").iterdir():
        p.unlink()
    (ws / "examples" / "sub").rmdir()
    (ws / "examples" / "sub").symlink_to(victim)
    (ws / ".mojito" / "seeded").unlink()
    (ws / ".mojito").rmdir()
    (ws / ".mojito").symlink_to(victim)
    before = _snapshot(victim)
    workspace.prepare(users, "ada", examples, UID, UID)
    assert _snapshot(victim) == before


def test_a_planted_fifo_or_hard_link_does_not_block_or_leak(setup):
    examples, users, _victim, secret = setup
    ws = workspace.prepare(users, "ada", examples, UID, UID)
    (ws / ".mojito" / "seeded").unlink()
    os.mkfifo(ws / ".mojito" / "seeded")  # opening it for reading would block the hub forever
    done = threading.Event()

    def launch():
        workspace.prepare(users, "ada", examples, UID, UID)
        done.set()

    t = threading.Thread(target=launch, daemon=True)
    t.start()
    t.join(10)
    assert done.is_set(), "seeding blocked on a FIFO the user planted"
    # A hard link to a root file (possible where fs.protected_hardlinks is off) is not chowned.
    os.link(secret, ws / "stolen")
    workspace.prepare(users, "ada", examples, UID, UID)
    assert secret.stat().st_uid == 0 and stat.S_IMODE(secret.stat().st_mode) == 0o600


def test_user_versions_and_deletions_are_kept(setup):
    examples, users, _victim, _secret = setup
    ws = workspace.prepare(users, "ada", examples, UID, UID)
    (ws / "examples" / "hello.mojo").write_text("mine\n")
    (ws / "examples" / "sub" / "deep.mojo").unlink()
    assert workspace.prepare(users, "ada", examples, UID, UID) == ws
    assert (ws / "examples" / "hello.mojo").read_text() == "mine\n"
    assert not (ws / "examples" / "sub" / "deep.mojo").exists()
