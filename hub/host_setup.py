"""Installs what the local backend needs beyond PyPI: bubblewrap and the Node proxy.

Run by `make` (venv setup) and again by `mojito hub stack` and the tests, so a fresh
Debian/Ubuntu machine needs nothing by hand. Without root or apt-get it says what is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .config import CHP_VERSION, proxy_command

NODE_DIR = Path(sys.prefix) / "node"


def _apt_install(*packages: str) -> bool:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return False
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    result = subprocess.run(["apt-get", "install", "-y", "-q", *packages], env=env, check=False,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=600)
    if result.returncode != 0:  # an old package index: refresh once and retry
        subprocess.run(["apt-get", "update", "-q"], env=env, check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600)
        result = subprocess.run(["apt-get", "install", "-y", "-q", *packages], env=env, check=False,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=600)
    return result.returncode == 0


def ensure_bwrap() -> str | None:
    if shutil.which("bwrap") is None and not _apt_install("bubblewrap"):
        print("mojito hub: bubblewrap is missing; install it: apt-get install bubblewrap", file=sys.stderr)
    return shutil.which("bwrap")


def ensure_disk_tools() -> bool:
    """mkfs.ext4/resize2fs/e2fsck (e2fsprogs) and losetup/mount (util-linux, mount) for the
    workspace filesystems of hub/quota.py; without them workspaces have no size limit."""
    needed = {"mkfs.ext4": "e2fsprogs", "resize2fs": "e2fsprogs", "e2fsck": "e2fsprogs",
              "losetup": "util-linux", "mount": "mount"}
    missing = sorted({pkg for tool, pkg in needed.items() if shutil.which(tool) is None})
    if missing and not _apt_install(*missing):
        print(f"mojito hub: {', '.join(missing)} missing; workspaces will have no disk quota "
              f"(apt-get install {' '.join(missing)})", file=sys.stderr)
        return False
    return True


def ensure_proxy() -> str | None:
    existing = proxy_command()[0]
    if Path(existing).exists():
        return existing
    if shutil.which("npm") is None and not _apt_install("nodejs", "npm"):
        print("mojito hub: Node.js/npm are missing; install them: apt-get install nodejs npm", file=sys.stderr)
        return None
    NODE_DIR.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(NODE_DIR),
         f"configurable-http-proxy@{CHP_VERSION}"], check=False,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=600,
    )
    if result.returncode != 0:
        print(f"mojito hub: npm could not install configurable-http-proxy: {result.stderr[-500:]}",
              file=sys.stderr)
        return None
    return proxy_command()[0]


def ensure_kernelspecs_readable() -> None:
    """Kernel specs installed as root can be 0700 (copied from a private temp dir); the sandboxed
    server runs as another uid and would not see the kernel at all."""
    kernels = Path(sys.prefix) / "share" / "jupyter" / "kernels"
    if not kernels.is_dir():
        return
    for path in [kernels, *kernels.rglob("*")]:
        mode = path.stat().st_mode
        wanted = mode | 0o444 | (0o111 if path.is_dir() else 0)
        if wanted != mode:
            path.chmod(wanted)


def main() -> int:
    ensure_kernelspecs_readable()
    ok = ensure_bwrap() is not None
    ok = ensure_proxy() is not None and ok
    ensure_disk_tools()  # optional: without it the hub says so at start and runs without quotas
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
