"""A user's persistent workspace: `$MOJITO_DATA_DIR/users/<name>/`, seeded from the examples.

Seeding never overwrites: a file the user changed keeps their version, and an example the user
deleted is not brought back (the names already seeded are remembered in `.mojito/seeded`).

The hub runs this as root, on a tree the user controls completely between sessions (a `%%python`
cell can plant symlinks, FIFOs or hard links anywhere in it). So nothing here ever resolves a path
inside the workspace: every step is relative to a directory descriptor opened with `O_NOFOLLOW`
(openat confinement), a file is only ever created new (`O_CREAT | O_EXCL`, never opened for
writing if it exists), the list of seeded names is replaced by rename (a link planted there is
replaced, not written through), and ownership is changed with `fchown` on what was just opened.
A planted link is treated as an existing entry and left alone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

SEED_SUBDIR = "examples"
SEEDED_LIST = Path(".mojito") / "seeded"
_SEEDED_MAX_BYTES = 1 << 20

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_NEW_FILE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


class UnsafeWorkspace(RuntimeError):
    """The workspace directory itself is not a plain directory (never expected: its parent is root's)."""


def prepare(users_dir: Path, name: str, examples: Path, uid: int, gid: int) -> Path:
    """Create (or reuse) the workspace, copy new examples into it, and hand it to the session uid."""
    # The parent is root-only: a session never sees any workspace but its own (it is bound in), and
    # cannot replace its workspace directory by a link. Checked anyway (lstat + O_NOFOLLOW).
    users_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(users_dir, 0o700)
    workspace = users_dir / name
    with contextlib.suppress(FileExistsError):
        os.mkdir(workspace, 0o700)
    if not stat.S_ISDIR(os.lstat(workspace).st_mode):
        raise UnsafeWorkspace(f"{workspace} is not a directory")
    owner = (uid, gid) if os.geteuid() == 0 else None
    with _open_dir(workspace) as ws:
        seed_fd(ws, examples, owner)
        if owner is not None:
            _chown_tree(ws, uid, gid)
        os.fchmod(ws, 0o700)
    return workspace


def seed(workspace: Path, examples: Path) -> list[str]:
    """Copy examples that were never seeded before; returns the relative paths copied."""
    owner = None
    if os.geteuid() == 0:
        st = os.lstat(workspace)
        owner = (st.st_uid, st.st_gid)
    with _open_dir(workspace) as ws:
        return seed_fd(ws, examples, owner)


def seed_fd(ws: int, examples: Path, owner: tuple[int, int] | None) -> list[str]:
    """Seeding relative to the open workspace directory `ws`; new entries get `owner`."""
    if not examples.is_dir():
        return []
    already = _read_seeded(ws, owner)
    copied: list[str] = []
    for source in sorted(examples.rglob("*")):
        rel_to_examples = source.relative_to(examples)
        if not source.is_file() or any(part.startswith(".") for part in rel_to_examples.parts):
            continue
        rel = Path(SEED_SUBDIR) / rel_to_examples
        key = str(rel)
        if key in already:
            continue
        already.add(key)  # seeded now, or already there under the user's own version
        try:
            parent = _make_dirs(ws, rel.parts[:-1], owner)
        except OSError:
            continue  # a component is a file, a link or a FIFO the user put there: leave it alone
        try:
            if _copy_new(source, parent, rel.parts[-1], owner):
                copied.append(key)
        except OSError as exc:
            if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                raise
            already.discard(key)  # a full workspace: seeded another time, when there is room
            break
        finally:
            os.close(parent)
    _write_seeded(ws, already, owner)
    return copied


@contextlib.contextmanager
def _open_dir(path: Path | str, dir_fd: int | None = None) -> Iterator[int]:
    fd = os.open(path, _DIR_FLAGS, dir_fd=dir_fd)
    try:
        yield fd
    finally:
        os.close(fd)


def _make_dirs(ws: int, parts: tuple[str, ...], owner: tuple[int, int] | None) -> int:
    """Open (creating where missing) ws/parts... without following any link; returns an fd."""
    fd = os.dup(ws)
    try:
        for part in parts:
            try:
                os.mkdir(part, 0o755, dir_fd=fd)
                created = True
            except FileExistsError:
                created = False
            child = os.open(part, _DIR_FLAGS, dir_fd=fd)  # ELOOP/ENOTDIR on a planted link
            os.close(fd)
            fd = child
            if created and owner is not None:
                os.fchown(fd, *owner)
        return fd
    except BaseException:
        os.close(fd)
        raise


def _copy_new(source: Path, parent: int, name: str, owner: tuple[int, int] | None) -> bool:
    """Create parent/name as a new file with the source's bytes; False if anything is there."""
    try:
        out = os.open(name, _NEW_FILE_FLAGS, 0o644, dir_fd=parent)
    except FileExistsError:
        return False  # the user's own version (or something they planted): never overwritten
    try:
        if owner is not None:
            os.fchown(out, *owner)
        with open(source, "rb") as src:
            while chunk := src.read(1 << 20):
                os.write(out, chunk)
        st = os.stat(source)
        os.utime(out, ns=(st.st_atime_ns, st.st_mtime_ns))
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(name, dir_fd=parent)  # no half-copied example
        raise
    finally:
        os.close(out)
    return True


def _read_seeded(ws: int, owner: tuple[int, int] | None) -> set[str]:
    """The list of names seeded before; only a plain file of the user's own counts (not a link,
    a FIFO that would block the hub, nor a hard link to somebody else's file)."""
    try:
        with _open_dir(".mojito", dir_fd=ws) as d:
            fd = os.open("seeded", os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=d)
    except OSError:
        return set()
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
            return set()
        if owner is not None and st.st_uid not in (owner[0], 0):
            return set()
        data = os.read(fd, _SEEDED_MAX_BYTES)
    finally:
        os.close(fd)
    return set(data.decode(errors="replace").splitlines())


def _write_seeded(ws: int, names: set[str], owner: tuple[int, int] | None) -> None:
    try:
        d = _make_dirs(ws, (".mojito",), owner)
    except OSError:
        return  # `.mojito` is not a directory of the user's: nothing is remembered
    try:
        tmp = f"seeded.{os.getpid()}.tmp"
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp, dir_fd=d)
        try:
            fd = os.open(tmp, _NEW_FILE_FLAGS, 0o644, dir_fd=d)
        except OSError:
            return
        try:
            if owner is not None:
                os.fchown(fd, *owner)
            os.write(fd, "".join(f"{n}\n" for n in sorted(names)).encode())
        finally:
            os.close(fd)
        # rename replaces the directory entry: a link planted as `seeded` is dropped, not followed.
        os.rename(tmp, "seeded", src_dir_fd=d, dst_dir_fd=d)
    finally:
        os.close(d)


def _chown_tree(ws: int, uid: int, gid: int) -> None:
    """Hand every entry of the workspace to the session uid (files of an older layout, or of a
    changed uid). fwalk never follows links and changes ownership relative to directory fds."""
    for _root, dirs, files, dfd in os.fwalk(".", dir_fd=ws, follow_symlinks=False):
        for entry in dirs + files:
            try:
                st = os.stat(entry, dir_fd=dfd, follow_symlinks=False)
                if (st.st_uid, st.st_gid) == (uid, gid):
                    continue
                if not stat.S_ISDIR(st.st_mode) and st.st_nlink > 1:
                    continue  # a hard link to somebody else's file (hosts without protected_hardlinks)
                os.chown(entry, uid, gid, dir_fd=dfd, follow_symlinks=False)
            except OSError:
                continue  # gone meanwhile
    st = os.fstat(ws)
    if st.st_uid != uid or st.st_gid != gid:
        os.fchown(ws, uid, gid)
