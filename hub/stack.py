"""`mojito hub stack`: the whole playground on this machine behind one origin (what `make run` runs).

Starts Redis (the local one when it answers, else a private redis-server), the website (web/),
and JupyterHub with its proxy and the local sandbox backend. The proxy is the public origin
(default http://127.0.0.1:8000): `/hub/` the hub, `/user/...` the notebooks, everything else the
website. Ctrl-C stops everything; a second start reuses the data directory.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from . import host_setup
from .settings import PROJECT_ROOT

BIN = Path(sys.executable).parent


def _port_open(host: str, port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=1):
        return True
    return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen, what: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"mojito: {what} exited with status {proc.returncode}")
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2) as r:
            if r.status < 500:
                return
        time.sleep(0.2)
    raise SystemExit(f"mojito: {what} did not answer at {url} within {timeout:.0f} s")


class Stack:
    def __init__(self) -> None:
        self.procs: list[tuple[str, subprocess.Popen]] = []
        self.env = dict(os.environ)
        self.data_dir = Path(self.env.setdefault("MOJITO_DATA_DIR", str(PROJECT_ROOT / ".mojito-data"))).resolve()
        self.env["MOJITO_DATA_DIR"] = str(self.data_dir)
        self.public_url = self.env.setdefault("MOJITO_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")
        web_port = int(self.env.get("MOJITO_WEB_PORT", "8100"))
        self.env.setdefault("MOJITO_WEB_URL", f"http://127.0.0.1:{web_port}")
        self.web_port = urlparse(self.env["MOJITO_WEB_URL"]).port or web_port

    def _start(self, name: str, cmd: list[str], **kw) -> subprocess.Popen:
        proc = subprocess.Popen(cmd, env=self.env, start_new_session=True, **kw)
        self.procs.append((name, proc))
        return proc

    def redis(self) -> None:
        url = self.env.get("MOJITO_REDIS_URL", "redis://127.0.0.1:6379/0")
        parsed = urlparse(url)
        if _port_open(parsed.hostname or "127.0.0.1", parsed.port or 6379):
            self.env["MOJITO_REDIS_URL"] = url
            print(f"mojito: using Redis at {url}")
            return
        if not host_setup.shutil.which("redis-server") and not host_setup._apt_install("redis-server"):
            raise SystemExit("mojito: no Redis answers and redis-server is missing (apt-get install redis-server)")
        port = _free_port()
        self._start("redis", ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                              "--appendonly", "no"], stdout=subprocess.DEVNULL)
        for _ in range(100):
            if _port_open("127.0.0.1", port):
                break
            time.sleep(0.05)
        self.env["MOJITO_REDIS_URL"] = f"redis://127.0.0.1:{port}/0"
        print(f"mojito: started a private redis-server on port {port}")

    def web(self) -> None:
        proc = self._start("web", [str(BIN / "mojito"), "web", "serve", "--host", "127.0.0.1",
                                   "--port", str(self.web_port), "--log-level", "warning"])
        _wait_http(f"http://127.0.0.1:{self.web_port}/healthz", proc, "the website")

    def hub(self) -> None:
        hub_dir = self.data_dir / "hub"
        hub_dir.mkdir(parents=True, exist_ok=True)
        self.env.setdefault("MOJITO_NOTEBOOK_DIR", str(PROJECT_ROOT / "examples"))
        log = open(hub_dir / "jupyterhub.log", "ab")  # noqa: SIM115 - lives as long as the hub
        proc = self._start("hub", [str(BIN / "jupyterhub"), "-f", str(PROJECT_ROOT / "hub" / "jupyterhub_config.py")],
                           cwd=hub_dir, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_http(self.public_url + "/hub/api/", proc, f"JupyterHub (log: {hub_dir / 'jupyterhub.log'})")
        except SystemExit:
            # Say why here (a refused configuration, a port in use), not only in the log file.
            tail = (hub_dir / "jupyterhub.log").read_text(errors="replace").splitlines()[-5:]
            print("\n".join(tail), file=sys.stderr)
            raise

    def stop(self) -> None:
        # The hub first: it stops the sandboxes (releasing their capacity in web/) and its proxy.
        for name, proc in reversed(self.procs):
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=5)
            print(f"mojito: stopped {name}")
        self._remove_runtime_leftovers()

    def _remove_runtime_leftovers(self) -> None:
        """The hub's sockets and the (now empty) cgroup parent are per run; the data stays."""
        import shutil

        from . import cgroups, settings

        os.environ["MOJITO_DATA_DIR"] = str(self.data_dir)
        s = settings.load()
        shutil.rmtree(s.runtime_dir, ignore_errors=True)
        host = cgroups.detect(s.cgroup_parent)
        for name in cgroups.leftover_sessions(host):
            cgroups.SessionCgroup(host, name).destroy()
        for base in set(host.controllers.values()):
            with contextlib.suppress(OSError):
                base.rmdir()

    def run(self) -> int:
        first_start = not (self.data_dir / "hub").exists()
        host_setup.ensure_bwrap()
        host_setup.ensure_kernelspecs_readable()
        if host_setup.ensure_proxy() is None:
            return 1
        signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
        try:
            self.redis()
            self.web()
            self.hub()
            password_file = self.data_dir / "secrets" / "admin_password"
            print(f"\n  Mojito is running at {self.public_url}/")
            if first_start and password_file.exists():
                print(f"  Admin: username 'admin', password '{password_file.read_text().strip()}'")
            print(f"  Admin password file: {password_file}   Data: {self.data_dir}")
            print("  Press Ctrl-C to stop.\n", flush=True)
            while all(proc.poll() is None for _, proc in self.procs):
                time.sleep(0.5)
            dead = [name for name, proc in self.procs if proc.poll() is not None]
            print(f"mojito: {', '.join(dead)} stopped unexpectedly; shutting down", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("\nmojito: stopping ...")
            return 0
        finally:
            self.stop()


def main() -> int:
    return Stack().run()
