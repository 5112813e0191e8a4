"""Fixtures for the hub tests: a sandbox runner and a real JupyterHub on loopback.

Everything started here is stopped, and every cgroup and runtime directory removed, at the end.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from mojito.hub import cgroups, sandbox

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


def ensure_bwrap() -> str:
    """bubblewrap, installed from the distribution when missing (as root), else a skip with why."""
    found = shutil.which("bwrap")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-q", "bubblewrap"], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        found = shutil.which("bwrap")
        if found:
            return found
    pytest.skip("bubblewrap is not installed and cannot be installed here (needs root and apt-get)")


def require_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("the local sandbox's per-user uid and cgroup limits need the tests to run as root")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class SandboxRun:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    oom_kills: int


class SandboxLab:
    """Runs hostile programs in the same sandbox the local spawner builds, with real limits."""

    def __init__(self, root: Path):
        self.root = root
        self.users = root / "users"
        self.users.mkdir(parents=True)
        os.chmod(self.users, 0o700)
        self.host = cgroups.detect(f"mojito-test-{uuid.uuid4().hex[:8]}")
        self.runtime = Path(f"/run/mojito-test-{uuid.uuid4().hex[:8]}")
        self.runtime.mkdir(mode=0o755)

    def workspace(self, name: str, uid: int) -> Path:
        ws = self.users / name
        ws.mkdir(exist_ok=True)
        os.chown(ws, uid, uid)
        os.chmod(ws, 0o700)
        return ws

    def run(self, code: str, *, user: str = "ada", uid: int = 260001, memory_mb: int = 256,
            cpu: float = 1.0, pids: int = 64, timeout: float = 30, env: dict | None = None) -> SandboxRun:
        ws = self.workspace(user, uid)
        rt = self.runtime / user
        rt.mkdir(exist_ok=True)
        os.chown(rt, uid, uid)
        cg = cgroups.SessionCgroup(self.host, f"{user}-{uuid.uuid4().hex[:6]}")
        cg.create(cgroups.Limits(memory_bytes=memory_mb << 20, cpu_share=cpu, pids_max=pids))
        spec = sandbox.SandboxSpec(
            uid=uid, gid=uid, workspace=ws, home=f"/home/{user}", runtime_dir=rt, hub_socket=None,
            readonly_paths=[*sandbox.python_paths(), REPO], hidden_paths=[self.root],
        )
        cmd = sandbox.launcher_command(spec, cg.procs_files(), [sys.executable, "-c", code])
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={"PATH": "/usr/bin:/bin", **(env or {})}, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            cg.kill_all()
            out, err = proc.communicate(timeout=10)
        seconds = time.monotonic() - start
        oom = cg.oom_kills()
        cg.destroy()
        return SandboxRun(proc.returncode, out, err, seconds, oom)

    def close(self) -> None:
        for name in cgroups.leftover_sessions(self.host):
            cgroups.SessionCgroup(self.host, name).destroy()
        for base in set(self.host.controllers.values()):
            try:
                base.rmdir()
            except OSError:
                pass
        shutil.rmtree(self.runtime, ignore_errors=True)


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxLab]:
    ensure_bwrap()
    require_root()
    lab = SandboxLab(tmp_path_factory.mktemp("sandbox-lab"))
    if not lab.host.usable:
        pytest.skip("no writable cgroup controllers here: " + "; ".join(lab.host.problems))
    yield lab
    lab.close()


def kill_tree(proc: subprocess.Popen, timeout: float = 10) -> None:
    """SIGTERM the process group (hub, proxy, services), then SIGKILL what is left."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=5)
