"""Shared harness of the hub tests: a sandbox runner, a real JupyterHub on loopback, kernel helpers.

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
from mojito.hub import cgroups, sandbox, seccomp

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
            seccomp_file=seccomp.write(self.runtime / "seccomp.bpf"),
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


TESTER_TOKEN = "mojito-hub-tests-" + uuid.uuid4().hex


class HubUnderTest:
    """A real JupyterHub (with its Node proxy) running Mojito's configuration on loopback."""

    def __init__(self, root: Path, env: dict[str, str]):
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data = root / "data"
        self.runtime = Path(f"/run/mojito-t{uuid.uuid4().hex[:8]}")
        extra = root / "extra_config.py"
        extra.write_text(
            f'c.JupyterHub.services.append({{"name": "tester", "api_token": "{TESTER_TOKEN}"}})\n'
            'c.JupyterHub.load_roles.append({"name": "tester", "services": ["tester"], "scopes": '
            '["admin:users", "admin:servers", "access:servers", "read:users", "admin-ui"]})\n'
            "c.Spawner.poll_interval = 2\n"
        )
        self.env = {
            **os.environ,
            "MOJITO_DATA_DIR": str(self.data),
            "MOJITO_RUNTIME_DIR": str(self.runtime),
            "MOJITO_PUBLIC_URL": self.url,
            "MOJITO_HUB_EXTRA_CONFIG": str(extra),
            "MOJITO_SANDBOX_MEMORY_MB": "512",
            **env,
        }
        self.env.pop("JUPYTERHUB_CRYPT_KEY", None)
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> None:
        log = open(self.root / "hub.log", "ab")  # noqa: SIM115 - owned by the process
        self.proc = subprocess.Popen(
            [str(VENV_BIN / "jupyterhub"), "-f", str(REPO / "hub" / "jupyterhub_config.py")],
            cwd=self.root, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("the hub exited:\n" + self.log()[-3000:])
            try:
                if httpx.get(self.url + "/hub/api/", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("the hub did not come up:\n" + self.log()[-3000:])

    def stop(self) -> None:
        if self.proc is not None:
            kill_tree(self.proc, timeout=20)
            self.proc = None
        # Services run in sessions of their own; a hub killed with SIGKILL leaves its culler behind.
        marker = f"--url={self.url}/hub/api".encode()
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    if marker in (entry / "cmdline").read_bytes().split(b"\0"):
                        os.kill(int(entry.name), signal.SIGTERM)
                except (OSError, ProcessLookupError):
                    pass

    def close(self) -> None:
        self.stop()
        from mojito.hub import quota
        from mojito.hub import settings as hub_settings

        quota.release_all(self.data / "users")  # workspace filesystems (hub/quota.py)

        old = os.environ.copy()
        os.environ.update({"MOJITO_DATA_DIR": str(self.data)})
        try:
            parent = hub_settings.load().cgroup_parent
        finally:
            os.environ.clear()
            os.environ.update(old)
        host = cgroups.detect(parent)
        for name in cgroups.leftover_sessions(host):
            cgroups.SessionCgroup(host, name).destroy()
        for base in set(host.controllers.values()):
            try:
                base.rmdir()
            except OSError:
                pass
        shutil.rmtree(self.runtime, ignore_errors=True)

    def log(self) -> str:
        return (self.root / "hub.log").read_text(errors="replace")

    # ---- API helpers -------------------------------------------------------------------------
    def api(self, method: str, path: str, **kw):
        import httpx

        headers = {"Authorization": f"token {TESTER_TOKEN}"}
        return httpx.request(method, self.url + "/hub/api" + path, headers=headers, timeout=30, **kw)

    def user_api(self, user: str, method: str, path: str, **kw):
        import httpx

        headers = {"Authorization": f"token {TESTER_TOKEN}"}
        r = httpx.request(method, f"{self.url}/user/{user}/api{path}", headers=headers, timeout=30, **kw)
        if r.status_code == 503 and method in ("GET", "PUT", "DELETE"):
            # Rarely, under load, the Node proxy reports EPIPE on a unix-socket target after the
            # server has answered (seen with CHP 5.3, docs/hub.md); these requests are idempotent.
            time.sleep(0.5)
            r = httpx.request(method, f"{self.url}/user/{user}/api{path}", headers=headers, timeout=30, **kw)
        return r

    def spawn(self, user: str, options: dict | None = None, timeout: float = 90) -> dict:
        self.api("POST", f"/users/{user}")
        current = self.api("GET", f"/users/{user}").json().get("servers", {}).get("")
        if current and current.get("ready"):
            return current
        r = self.api("POST", f"/users/{user}/server", json={"user_options": options or {}} if options else None)
        # JupyterHub 6.1 answers a slow spawn with a bare 500 (field notes); the state says more.
        assert r.status_code in (201, 202, 500), r.text
        return self.wait_ready(user, timeout)

    def wait_ready(self, user: str, timeout: float = 90) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            model = self.api("GET", f"/users/{user}").json()
            server = model.get("servers", {}).get("")
            if server and server.get("ready"):
                return server
            if not server or not server.get("pending"):
                return {}
            time.sleep(0.3)
        raise TimeoutError(f"{user}'s server was not ready in {timeout} s:\n" + self.log()[-3000:])

    def stop_server(self, user: str, timeout: float = 60) -> None:
        self.api("DELETE", f"/users/{user}/server")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            server = self.api("GET", f"/users/{user}").json().get("servers", {}).get("")
            if not server:
                return
            time.sleep(0.3)
        raise TimeoutError(f"{user}'s server did not stop")


@pytest.fixture(scope="module")
def hub_factory(tmp_path_factory):
    ensure_bwrap()
    require_root()
    from mojito.hub import host_setup

    host_setup.ensure_kernelspecs_readable()
    if host_setup.ensure_proxy() is None:
        pytest.skip("the Node configurable-http-proxy is missing and cannot be installed here (needs npm)")
    hubs: list[HubUnderTest] = []

    def make(**env: str) -> HubUnderTest:
        hub = HubUnderTest(tmp_path_factory.mktemp("hub"), env)
        hubs.append(hub)
        hub.start()
        return hub

    yield make
    for hub in hubs:
        hub.close()


async def open_channels(hub: HubUnderTest, user: str, kernel_id: str):
    """A websocket to a kernel's channels through the proxy, as JupyterLab opens it."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    ws_url = hub.url.replace("http", "ws", 1) + f"/user/{user}/api/kernels/{kernel_id}/channels"
    return await websocket_connect(HTTPRequest(ws_url, headers={"Authorization": f"token {TESTER_TOKEN}"}))


def send_execute(conn, user: str, code: str) -> str:
    """Send an execute request on an open channels websocket; returns its msg_id."""
    import json

    msg_id = uuid.uuid4().hex
    conn.write_message(json.dumps({
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": user,
                   "session": uuid.uuid4().hex, "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell",
        "content": {"code": code, "silent": False, "store_history": False,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
    }))
    return msg_id


async def collect(conn, msg_id: str, timeout: float = 60, on_output=None) -> dict:
    """What a request printed and its reply; stops early on a 'restarting' or 'dead' kernel."""
    import asyncio
    import json

    result = {"status": None, "stdout": "", "error": "", "kernel_states": []}
    idle = False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            raw = await asyncio.wait_for(conn.read_message(), timeout=max(0.1, deadline - time.monotonic()))
        except TimeoutError:
            break
        if raw is None:
            break
        msg = json.loads(raw)
        mtype = msg.get("msg_type") or msg["header"]["msg_type"]
        mine = msg.get("parent_header", {}).get("msg_id") == msg_id
        if mtype == "status":
            state = msg["content"]["execution_state"]
            result["kernel_states"].append(state)
            if state in ("restarting", "dead"):
                result["status"] = state
                break
            # iopub and shell are separate channels: the output is complete only when
            # the kernel is idle again *and* the reply has come.
            if mine and state == "idle":
                idle = True
                if result["status"] is not None:
                    break
        if not mine:
            continue
        if mtype == "stream":
            result["stdout"] += msg["content"]["text"]
            if on_output:
                on_output(msg["content"]["text"])
        elif mtype in ("execute_result", "display_data"):
            result["stdout"] += msg["content"]["data"].get("text/plain", "")
        elif mtype == "error":
            result["error"] = msg["content"]["ename"] + ": " + msg["content"]["evalue"]
        elif mtype == "execute_reply":
            result["status"] = msg["content"]["status"]
            if idle:
                break
    return result


def run_cell(hub: HubUnderTest, user: str, kernel_id: str, code: str, timeout: float = 60,
             on_output=None) -> dict:
    """Execute code in a kernel over the server's websocket; returns {'status', 'stdout', 'error'}."""
    import asyncio

    async def go() -> dict:
        conn = await open_channels(hub, user, kernel_id)
        try:
            return await collect(conn, send_execute(conn, user, code), timeout, on_output)
        finally:
            conn.close()

    return asyncio.run(go())


def start_kernel(hub: HubUnderTest, user: str, name: str | None = None, timeout: float = 60) -> str:
    r = hub.user_api(user, "POST", "/kernels", json={"name": name} if name else {})
    assert r.status_code == 201, r.text
    kernel_id = r.json()["id"]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:  # the first cell is answered once the kernel is up
        result = run_cell(hub, user, kernel_id, "1", timeout=10)
        if result["status"] == "ok":
            return kernel_id
    raise TimeoutError("the kernel did not answer")
