"""`mojito hub stack`: the whole playground on this machine behind one origin (what `make run` runs).

Starts Redis (the local one when it answers, else a private redis-server), the website (web/),
and JupyterHub with its proxy and the local sandbox backend. The proxy is the public origin
(default http://127.0.0.1:8000): `/hub/` the hub, `/user/...` the notebooks, everything else the
website. Ctrl-C stops everything; a second start reuses the data directory.

Supervision: a part that dies is started again, with backoff (1, 2, 4, ... 30 s; reset once it has
run for a minute), instead of taking the others down. Running sessions keep running while the
website or Redis is away: the hub's heartbeats fail quietly meanwhile and the next one meters the
whole interval (up to `heartbeat_timeout`), so no usage is lost. The private Redis keeps its data in
an append-only file under `$MOJITO_DATA_DIR/redis/`, so a restarted Redis still knows the running
sessions. A crashed hub takes its sandboxes with it (they die with their parent, by design: no
orphaned session runs unmetered); it is restarted like the others and users launch again.
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
from collections.abc import Callable
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


RESTART_DELAYS = (1, 2, 4, 8, 16, 30)
STABLE_AFTER = 60.0  # seconds of running that reset a part's backoff
GIVE_UP_AFTER = 12  # restarts in a row that never got stable: a configuration error, not a crash


class Stack:
    def __init__(self) -> None:
        self.procs: list[tuple[str, subprocess.Popen]] = []
        self.starters: dict[str, Callable[[], None]] = {}
        self.started_at: dict[str, float] = {}
        self.failures: dict[str, int] = {}
        self.env = dict(os.environ)
        self.data_dir = Path(self.env.setdefault("MOJITO_DATA_DIR", str(PROJECT_ROOT / ".mojito-data"))).resolve()
        self.env["MOJITO_DATA_DIR"] = str(self.data_dir)
        self.public_url = self.env.setdefault("MOJITO_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")
        web_port = int(self.env.get("MOJITO_WEB_PORT", "8100"))
        self.env.setdefault("MOJITO_WEB_URL", f"http://127.0.0.1:{web_port}")
        self.web_port = urlparse(self.env["MOJITO_WEB_URL"]).port or web_port

    def _start(self, name: str, cmd: list[str], **kw) -> subprocess.Popen:
        proc = subprocess.Popen(cmd, env=self.env, start_new_session=True, **kw)
        self.procs = [(n, p) for n, p in self.procs if n != name] + [(name, proc)]
        self.started_at[name] = time.monotonic()
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
        self.env["MOJITO_REDIS_URL"] = f"redis://127.0.0.1:{port}/0"
        self.starters["redis"] = lambda: self._private_redis(port, wait=False)
        self._private_redis(port)
        print(f"mojito: started a private redis-server on port {port}")

    def _private_redis(self, port: int, wait: bool = True) -> None:
        # Live state (running sessions, today's usage, queues) survives a crash of Redis itself: an
        # append-only file, synced every second, in the data directory (root-only).
        redis_dir = self.data_dir / "redis"
        redis_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(redis_dir, 0o700)
        self._start("redis", ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                              "--dir", str(redis_dir), "--appendonly", "yes", "--appendfsync", "everysec"],
                    stdout=subprocess.DEVNULL)
        for _ in range(200 if wait else 0):
            if _port_open("127.0.0.1", port):
                break
            time.sleep(0.05)

    def web(self, wait: bool = True) -> None:
        self.starters["web"] = lambda: self.web(wait=False)
        proc = self._start("web", [str(BIN / "mojito"), "web", "serve", "--host", "127.0.0.1",
                                   "--port", str(self.web_port), "--log-level", "warning"])
        if wait:
            _wait_http(f"http://127.0.0.1:{self.web_port}/healthz", proc, "the website")

    def hub(self, wait: bool = True) -> None:
        self.starters["hub"] = lambda: self.hub(wait=False)
        hub_dir = self.data_dir / "hub"
        hub_dir.mkdir(parents=True, exist_ok=True)
        self.env.setdefault("MOJITO_NOTEBOOK_DIR", str(PROJECT_ROOT / "examples"))
        log = open(hub_dir / "jupyterhub.log", "ab")  # noqa: SIM115 - lives as long as the hub
        proc = self._start("hub", [str(BIN / "jupyterhub"), "-f", str(PROJECT_ROOT / "hub" / "jupyterhub_config.py")],
                           cwd=hub_dir, stdout=log, stderr=subprocess.STDOUT)
        if not wait:  # a restart: the supervisor watches it like the others
            return
        try:
            _wait_http(self.public_url + "/hub/api/", proc, f"JupyterHub (log: {hub_dir / 'jupyterhub.log'})")
        except SystemExit:
            # Say why here (a refused configuration, a port in use), not only in the log file.
            tail = (hub_dir / "jupyterhub.log").read_text(errors="replace").splitlines()[-5:]
            print("\n".join(tail), file=sys.stderr)
            raise

    def stop(self) -> None:
        # The hub first: it stops the sandboxes (releasing their capacity in web/) and its proxy.
        order = {"hub": 0, "web": 1, "redis": 2}
        for name, proc in sorted(self.procs, key=lambda item: order.get(item[0], -1)):
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

        from . import cgroups, quota, settings

        os.environ["MOJITO_DATA_DIR"] = str(self.data_dir)
        s = settings.load()
        shutil.rmtree(s.runtime_dir, ignore_errors=True)
        quota.release_all(s.users_dir)  # the workspace filesystems (every session has stopped)
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
            return self.supervise()
        except KeyboardInterrupt:
            print("\nmojito: stopping ...")
            return 0
        finally:
            self.stop()


    def supervise(self) -> int:
        """Restart what dies, with backoff; returns only when a part keeps failing at once."""
        due: dict[str, float] = {}  # restarts scheduled (the others stay watched meanwhile)
        while True:
            time.sleep(0.5)
            now = time.monotonic()
            for name, proc in list(self.procs):
                code = proc.poll()
                if code is None or name in due:
                    continue
                ran = now - self.started_at.get(name, 0.0)
                self.failures[name] = 1 if ran >= STABLE_AFTER else self.failures.get(name, 0) + 1
                n = self.failures[name]
                if n > GIVE_UP_AFTER:
                    print(f"mojito: {name} keeps failing (exit status {code}); shutting down", file=sys.stderr)
                    return 1
                delay = RESTART_DELAYS[min(n, len(RESTART_DELAYS)) - 1]
                print(f"mojito: {name} stopped unexpectedly (exit status {code}); restarting in {delay} s",
                      file=sys.stderr, flush=True)
                due[name] = now + delay
            for name, at in list(due.items()):
                if now >= at:
                    del due[name]
                    # Not waited for: one that does not come up dies again and is counted.
                    self.starters[name]()
                    print(f"mojito: restarted {name}", flush=True)


def main() -> int:
    return Stack().run()
