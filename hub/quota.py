"""Disk quota of the local backend: each workspace is an ext4 filesystem of the plan's size.

`$MOJITO_DATA_DIR/users/NAME.img` (a sparse image file, root-only) is mounted with a loop device at
`$MOJITO_DATA_DIR/users/NAME/` (nosuid, nodev), so a session can never write more than `disk_mb`
and a full workspace fails with ENOSPC ("No space left on device") inside it, not on the host
disk that the database and the other users share. The image grows (online) when the plan grows;
it never shrinks under the user's files. A workspace from before quotas is copied into its image
on first use (the old directory is kept beside it as `.NAME.before-quota`, root-only).

The mounts stay while the hub runs (named servers of one user share the workspace: mounting an
image twice would corrupt it); `mojito hub stack` unmounts them when it stops.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

MOUNT_OPTIONS = "loop,nosuid,nodev"


class QuotaError(RuntimeError):
    pass


def problem() -> str | None:
    """Why quotas cannot be enforced on this host, or None."""
    if os.geteuid() != 0:
        return "disk quotas need the hub to run as root (loop-mounted workspace images)"
    for tool in ("mkfs.ext4", "mount", "umount", "resize2fs", "losetup"):
        if shutil.which(tool) is None:
            return f"disk quotas need {tool} (apt-get install e2fsprogs mount)"
    if not Path("/dev/loop-control").exists():
        return "disk quotas need loop devices (/dev/loop-control is missing)"
    return None


def _run(*cmd: str, ok: tuple[int, ...] = (0,)) -> str:
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if r.returncode not in ok:
        raise QuotaError(f"{' '.join(cmd)}: {(r.stderr or r.stdout).strip()}")
    return r.stdout


def image_path(users_dir: Path, name: str) -> Path:
    return users_dir / f"{name}.img"


def ensure(users_dir: Path, name: str, uid: int, gid: int, size_mb: int) -> Path:
    """Mount (creating, growing or migrating as needed) the workspace filesystem; returns its path."""
    workspace = users_dir / name
    image = image_path(users_dir, name)
    size = size_mb * 1024 * 1024
    if os.path.ismount(workspace):
        _grow_mounted(workspace, image, size)
        return workspace
    created = False
    if not image.exists():
        _create(image, size, uid, gid)
        created = True
    old_content = workspace.is_dir() and not workspace.is_symlink() and any(os.scandir(workspace))
    if created and old_content:
        _migrate(users_dir, name, image)
    elif not created and _attached_device(image) is None:
        _grow_unmounted(image, size)
    workspace.mkdir(mode=0o700, exist_ok=True)
    attached = _attached_device(image)
    if attached is not None:
        # Still in use by a sandbox's mount namespace: mount that very device (the same filesystem
        # instance), never a second loop device over the same image, which would corrupt it.
        _run("mount", "-o", "nosuid,nodev", attached, str(workspace))
    else:
        _run("mount", "-o", MOUNT_OPTIONS, str(image), str(workspace))
    with contextlib.suppress(OSError):
        (workspace / "lost+found").rmdir()  # empty on a fresh filesystem; e2fsck recreates it if needed
    return workspace


def _attached_device(image: Path) -> str | None:
    out = _run("losetup", "-j", str(image))
    return out.split(":", 1)[0] if out.strip() else None


def _create(image: Path, size: int, uid: int, gid: int) -> None:
    fd = os.open(image, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        os.ftruncate(fd, size)  # sparse: only what the user writes takes room on the host
    finally:
        os.close(fd)
    try:
        _run("mkfs.ext4", "-q", "-F", "-m", "0", "-E",
             f"root_owner={uid}:{gid},lazy_itable_init=1,lazy_journal_init=1", str(image))
    except QuotaError:
        image.unlink()
        raise


def _migrate(users_dir: Path, name: str, image: Path) -> None:
    """Copy a pre-quota workspace into its new image (links copied as links, nothing followed)."""
    workspace = users_dir / name
    staging = users_dir / f".{name}.mnt"
    staging.mkdir(mode=0o700, exist_ok=True)
    _run("mount", "-o", MOUNT_OPTIONS, str(image), str(staging))
    try:
        with contextlib.suppress(OSError):
            (staging / "lost+found").rmdir()
        _run("cp", "-a", "--no-dereference", "--", f"{workspace}/.", f"{staging}/")
    except QuotaError:
        _run("umount", str(staging))
        staging.rmdir()
        image.unlink()  # too big for the plan's size: keep the old workspace, without a quota
        raise
    _run("umount", str(staging))
    staging.rmdir()
    kept = users_dir / f".{name}.before-quota"
    workspace.rename(kept)


def _fs_bytes(device_or_image: str) -> int:
    """The ext4 filesystem's own size (not its file's: a growth can stop halfway)."""
    info = {
        k.strip(): v.strip()
        for k, _, v in (line.partition(":") for line in _run("dumpe2fs", "-h", device_or_image).splitlines())
        if v
    }
    return int(info["Block count"]) * int(info["Block size"])


def _grow_unmounted(image: Path, size: int) -> None:
    if _fs_bytes(str(image)) >= size:
        return
    if image.stat().st_size < size:
        os.truncate(image, size)
    _run("e2fsck", "-f", "-p", str(image), ok=(0, 1))  # 1: fixed (lost+found, removed at mount)
    _run("resize2fs", "-f", str(image))


def _loop_device(workspace: Path) -> str | None:
    target = str(workspace)
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        left, _, right = line.partition(" - ")
        fields = left.split()
        if len(fields) > 4 and fields[4] == target:
            source = right.split()[1]
            return source if source.startswith("/dev/loop") else None
    return None


def _grow_mounted(workspace: Path, image: Path, size: int) -> None:
    device = _loop_device(workspace)
    if device is None or _fs_bytes(device) >= size:
        return
    if image.stat().st_size < size:
        os.truncate(image, size)
        _run("losetup", "-c", device)  # the loop device learns the new size
    try:
        _run("resize2fs", device)  # online growth of a mounted ext4 (needs CAP_SYS_RESOURCE)
    except QuotaError:
        pass  # grown offline at the next mount (after `mojito hub stack` stops); the old size holds


def usage(workspace: Path) -> tuple[int, int] | None:
    """(used, size) in bytes of a quota'd workspace, None if it is a plain directory."""
    if not os.path.ismount(workspace):
        return None
    st = os.statvfs(workspace)
    return (st.f_blocks - st.f_bfree) * st.f_frsize, st.f_blocks * st.f_frsize


def release_all(users_dir: Path) -> None:
    """Unmount every workspace filesystem under users_dir (all sessions have stopped)."""
    if not users_dir.is_dir():
        return
    for entry in users_dir.iterdir():
        if os.path.ismount(entry):
            with contextlib.suppress(QuotaError):
                _run("umount", str(entry))
