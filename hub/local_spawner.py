"""The `local` backend: each single-user server in a bubblewrap sandbox with cgroup limits.

The server listens on a unix socket in the user's runtime directory; the proxy routes
`/user/<name>/` to it over `http+unix`, and it reaches the hub over the hub's unix socket. The
sandbox has no network but its own loopback, so those two sockets are its only way out.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import stat
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jupyterhub.spawner import Spawner, SpawnException
from traitlets import Integer, List, Unicode, default

from . import cgroups, quota, sandbox, seccomp, stdlib_cache, workspace
from .admission import AdmissionMixin
from .settings import PROJECT_ROOT, HubSettings
from .settings import load as load_settings

_warned_host_problems = False
_warned_quota = False


LAB_SETTINGS_DIR = Path(__file__).resolve().parent / "labsettings"
LAB_EXTENSIONS_DIR = Path(__file__).resolve().parent / "labextensions"
WELCOME_NOTEBOOK = "examples/HelloMojo.ipynb"


def first_url(home: Path) -> str:
    """JupyterLab opens on HelloMojo the first time (before JupyterLab ever saved a workspace
    layout in this home); afterwards on the layout the user left."""
    saved = home / ".jupyter" / "lab" / "workspaces"
    if not saved.is_dir() and (home / WELCOME_NOTEBOOK).is_file():
        return "/lab/tree/" + WELCOME_NOTEBOOK
    return "/lab"


def check_host(settings: HubSettings | None = None, log: Any = None) -> list[str]:
    """Everything the local backend cannot enforce on this host, each said loudly once."""
    global _warned_host_problems
    settings = settings or load_settings()
    problems = list(cgroups.detect(settings.cgroup_parent).problems)
    if sandbox.bwrap_path() is None:
        problems.append("bubblewrap (bwrap) is not installed: sessions cannot start "
                        "(apt-get install bubblewrap)")
    if os.geteuid() != 0:
        problems.append("the hub is not root: sessions run as the hub's own uid, not a per-user uid")
    apparmor = Path("/proc/sys/kernel/apparmor_restrict_unprivileged_userns")
    if os.geteuid() != 0 and apparmor.exists() and apparmor.read_text().strip() == "1":
        problems.append("AppArmor forbids unprivileged user namespaces, which bwrap needs without root: "
                        "run the hub as root, or `sysctl kernel.apparmor_restrict_unprivileged_userns=0`")
    if log is not None and not _warned_host_problems:
        _warned_host_problems = True
        for problem in problems:
            log.warning("!!! SANDBOX LIMIT UNAVAILABLE: %s", problem)
    return problems


class LocalSandboxBackend(Spawner):
    """A single-user server under bubblewrap, limited by a per-session cgroup (no admission)."""

    pids_max = Integer(config=True, help="Processes and threads per session (fork bombs stop here).")
    memory_mb = Integer(config=True, help="Memory per session when web/ sends no limit.")
    tmp_mb = Integer(256, config=True, help="Size of the private /tmp (counts against the memory limit).")
    extra_readonly_paths = List(Unicode(), config=True, help="More host paths visible read-only.")
    log_tail_lines = Integer(200, config=True, help="Lines of the server's own log kept for errors.")
    log_file_max_bytes = Integer(5_000_000, config=True, help="Cap of the server's log file.")
    idle_timeout = Integer(0, help="Seconds without activity before the server stops itself (0: never).")
    disk_mb = Integer(config=True, help="Workspace size when web/ sends no limit (0: no quota).")

    @default("disk_mb")
    def _default_disk_mb(self) -> int:
        return int(os.environ.get("MOJITO_SANDBOX_DISK_MB", "1024"))

    @default("pids_max")
    def _default_pids_max(self) -> int:
        return load_settings().pids_max

    @default("memory_mb")
    def _default_memory_mb(self) -> int:
        return load_settings().default_memory_mb

    def _settings(self) -> HubSettings:
        if not hasattr(self, "_mojito_settings"):
            self._mojito_settings = load_settings()
        return self._mojito_settings

    def apply_limits(self, limits: dict[str, Any]) -> None:
        s = self._settings()
        memory_mb = int(limits.get("memory_mb") or self.memory_mb)
        self.mem_limit = memory_mb * 1024 * 1024
        self.cpu_limit = float(limits.get("cpu_share") or s.default_cpu_share)
        # The server shuts itself down after the plan's idle time (the culler is the fallback).
        self.idle_timeout = int(limits.get("idle_timeout_seconds") or 0)
        if limits.get("disk_mb"):
            self.disk_mb = int(limits["disk_mb"])
        if limits.get("gpus"):
            raise SpawnException("This machine has no GPU pool (the local backend runs on CPUs only).",
                                 reason="no_gpu", status_code=503)

    # ---- identity and paths ------------------------------------------------------------------
    @property
    def session_uid(self) -> int:
        # A uid of its own per user: even outside its mount namespace, a session could not read
        # another user's files.
        return self._settings().sandbox_uid_base + int(self.user.id)

    @property
    def _slug(self) -> str:
        return self.user.name + (f"--{self.name}" if self.name else "")

    @property
    def runtime_dir(self) -> Path:
        return self._settings().runtime_dir / "users" / self._slug

    @property
    def socket_path(self) -> Path:
        return self.runtime_dir / "server.sock"

    @property
    def home_in_sandbox(self) -> str:
        return f"/home/{self.user.name}"

    @property
    def _cgroup(self) -> cgroups.SessionCgroup:
        host = cgroups.detect(self._settings().cgroup_parent)
        return cgroups.SessionCgroup(host, self._slug)


    def usage_report(self) -> dict[str, Any]:
        """CPU seconds of the session's cgroup and the workspace filesystem's use (docs/hub.md)."""
        report: dict[str, Any] = {}
        cg = self._cgroup
        cpu = cg.cpu_seconds() if cg.host.usable else None
        if cpu is not None:
            report["cpu_seconds"] = round(cpu, 3)
        # Only a quota'd workspace (a filesystem of its own) is measured: statvfs, no walk of
        # the user's tree.
        use = quota.usage(self._settings().users_dir / self.user.name)
        if use is not None:
            report["disk"] = {"used_bytes": use[0], "size_bytes": use[1]}
        return report

    def _server_command(self) -> list[str]:
        s = self._settings()
        cmd = list(self.cmd) if self.cmd else ["jupyterhub-singleuser"]
        if Path(cmd[0]).name == "jupyterhub-singleuser":
            # The same server, non-dumpable (hub/singleuser.py), imported in isolated mode.
            cmd = [sys.executable, "-I", "-m", "mojito.hub.singleuser", *cmd[1:]]
        elif not os.path.isabs(cmd[0]):
            local = Path(sys.executable).parent / cmd[0]
            cmd[0] = str(local) if local.exists() else (shutil.which(cmd[0]) or cmd[0])
        return [
            *cmd,
            *self.get_args(),
            f"--ServerApp.sock={self.socket_path}",
            "--ServerApp.sock_mode=0600",
            # The server's own _xsrf cookie is SameSite like every hub cookie (jupyterhub_config.py).
            "--ServerApp.tornado_settings="
            + json.dumps({"xsrf_cookie_kwargs": {"path": self.server.base_url, "samesite": "Lax"}}),
            f"--ServerApp.root_dir={self.home_in_sandbox}",
            # Mojito's JupyterLab defaults (hub/labsettings/overrides.json): no news pop-up.
            f"--LabApp.app_settings_dir={LAB_SETTINGS_DIR}",
            # Mojito's prebuilt extension (hub/labextensions): Mojo highlighting, Share, import.
            f"--LabApp.extra_labextensions_path={LAB_EXTENSIONS_DIR}",
            # Runaway output is throttled here, before it reaches the proxy and the browser.
            f"--ZMQChannelsWebsocketConnection.iopub_data_rate_limit={s.iopub_bytes_per_second}",
            "--ZMQChannelsWebsocketConnection.rate_limit_window=3",
            # The first cell after a kernel restart is seen by its sender (hub/kernelrestarts.py).
            "--ServerApp.kernel_manager_class=mojito.hub.kernelrestarts.KernelManager",
            "--ServerApp.kernel_websocket_connection_class=mojito.hub.kernelrestarts.WebsocketConnection",
            # The kernel shares the sandbox (and its pid namespace) with the server.
            "--KernelManager.shutdown_wait_time=2",
            *([f"--ServerApp.shutdown_no_activity_timeout={self.idle_timeout}",
               f"--MappingKernelManager.cull_idle_timeout={self.idle_timeout}",
               "--MappingKernelManager.cull_interval=60"] if self.idle_timeout else []),
        ]

    def _sandbox_spec(self, home_on_host: Path) -> sandbox.SandboxSpec:
        s = self._settings()
        readonly = [*sandbox.python_paths(), PROJECT_ROOT, *map(Path, self.extra_readonly_paths)]
        # The data directory (other workspaces, secrets, the hub database) and the sockets are
        # masked when they lie inside a bound tree, e.g. `.mojito-data` in the project checkout.
        hidden = [p for p in (s.data_dir, s.runtime_dir)
                  if any(r.resolve() in p.resolve().parents for r in readonly)]
        uid = self.session_uid if os.geteuid() == 0 else os.getuid()
        try:
            seccomp_file: Path | None = seccomp.write(s.runtime_dir / "seccomp.bpf")
        except seccomp.UnsupportedArch as exc:
            self.log.warning("!!! SANDBOX LIMIT UNAVAILABLE: %s (sessions run without a seccomp filter)", exc)
            seccomp_file = None
        return sandbox.SandboxSpec(
            uid=uid, gid=uid, workspace=home_on_host, home=self.home_in_sandbox,
            runtime_dir=self.runtime_dir, hub_socket=s.hub_socket if s.hub_socket.exists() else None,
            readonly_paths=readonly, hidden_paths=hidden, tmp_size_bytes=self.tmp_mb * 1024 * 1024,
            seccomp_file=seccomp_file,
            readonly_files={**self._memory_events_bind(), **stdlib_cache.sandbox_bind(s.stdlib_cache)},
        )

    MEMORY_EVENTS_INSIDE = "/run/mojito/memory-events"

    def _memory_events_bind(self) -> dict[str, Path]:
        """The session cgroup's OOM-kill counter, read-only inside (see oomnotice.py)."""
        source = self._cgroup.memory_events_file()
        return {self.MEMORY_EVENTS_INSIDE: source} if source is not None and source.exists() else {}

    async def start(self) -> str:  # type: ignore[override]
        s = self._settings()
        check_host(s, self.log)
        bwrap = sandbox.bwrap_path()
        if bwrap is None:
            raise SpawnException("The sandbox (bubblewrap) is not installed on this machine; "
                                 "an administrator must run `apt-get install bubblewrap`.",
                                 reason="no_sandbox", status_code=503)
        uid = self.session_uid if os.geteuid() == 0 else os.getuid()
        self._mount_workspace(s, uid)
        home = workspace.prepare(s.users_dir, self.user.name, s.notebook_dir, uid, uid)
        self.log.info("%s: workspace %s ready", self._log_name, home)
        self.default_url = first_url(home)

        self._open_socket_dir(uid)

        cg = self._cgroup
        cg.destroy()  # a leftover of a crashed hub
        if cg.host.usable:
            cg.create(cgroups.Limits(memory_bytes=int(self.mem_limit or 0) or None,
                                     cpu_share=self.cpu_limit, pids_max=self.pids_max))
        env = self.get_env()
        env.update({"PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
                    "SHELL": "/bin/bash", "USER": self.user.name, "LANG": env.get("LANG", "C.UTF-8")})
        url = "http+unix://" + quote(str(self.socket_path), safe="")
        # The server reads its address from here; a unix URL carries no port, which jupyter_server
        # requires alongside --ServerApp.sock.
        env["JUPYTERHUB_SERVICE_URL"] = url + self.server.base_url
        # Kernels explain, in the next cell, that their predecessor was killed for memory.
        env["PYTHONSTARTUP"] = str(Path(__file__).resolve().parent / "oomnotice_startup.py")
        env["MOJITO_MEMORY_EVENTS"] = self.MEMORY_EVENTS_INSIDE
        env["MOJITO_SHARED_CACHE"] = stdlib_cache.INSIDE
        if self.mem_limit:
            env["MOJITO_MEMORY_LIMIT_MB"] = str(int(self.mem_limit) // (1024 * 1024))
        for leak in ("JPY_PARENT_PID", "MOJITO_HUB_SERVICE_TOKEN", "CONFIGPROXY_AUTH_TOKEN"):
            env.pop(leak, None)
        command = sandbox.launcher_command(self._sandbox_spec(home), cg.procs_files(),
                                           self._server_command(), bwrap=bwrap,
                                           log_max_bytes=self.log_file_max_bytes)
        self.log.debug("sandbox command for %s: %s", self._log_name, command)
        # The server's own log, for the admin, written by the launcher (capped there): no pipe to
        # the hub, so a crashed hub leaves the session running and adopts it when it comes back.
        self.log_path.parent.mkdir(exist_ok=True)
        with open(self.log_path, "wb") as log_file:  # noqa: ASYNC230 - a local file, opened once
            self.proc = await asyncio.create_subprocess_exec(
                *command, env=env, stdin=asyncio.subprocess.DEVNULL, stdout=log_file, stderr=log_file,
                start_new_session=True,  # no signal for the hub's process group reaches it
            )
        self._adopted = None
        self._watch_task = asyncio.ensure_future(self._watch_exit(self.proc))
        # JupyterHub keeps a unix-socket address only through Server.bind_url (it sets
        # connect_url, which the proxy target and the readiness check use).
        self.server.bind_url = url
        await self._wait_for_socket()
        return url

    def _mount_workspace(self, s: HubSettings, uid: int) -> None:
        """The workspace as a filesystem of the plan's size (hub/quota.py), where the host allows."""
        if not self.disk_mb:
            return
        why = quota.problem()
        if why is not None:
            global _warned_quota
            if not _warned_quota:
                _warned_quota = True
                self.log.warning("!!! SANDBOX LIMIT UNAVAILABLE: %s; workspaces have no size limit", why)
            return
        s.users_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(s.users_dir, 0o700)
        try:
            quota.ensure(s.users_dir, self.user.name, uid, uid, self.disk_mb)
        except quota.QuotaError as exc:
            self.log.error("%s: no disk quota for the workspace: %s", self._log_name, exc)

    async def _wait_for_socket(self) -> None:
        """Return as soon as the server listens. JupyterHub's own readiness check backs off
        exponentially (seconds between tries late in a start); watching the socket here lets
        its first check succeed, which saves up to several seconds per launch."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.http_timeout
        while loop.time() < deadline:
            if self.proc is None or self.proc.returncode is not None:
                return  # JupyterHub reports the failed start (with our log tail in the hub log)
            if self.socket_path.exists():
                answered = False
                with contextlib.suppress(OSError):
                    _, writer = await asyncio.open_unix_connection(str(self.socket_path))
                    writer.close()
                    answered = True
                if answered:
                    self._freeze_socket_dir()
                    return
            await asyncio.sleep(0.05)

    # ---- the server's socket -----------------------------------------------------------------
    # The proxy (root) connects to `server.sock` for every request under /user/NAME/, whoever sends
    # it. The server (the session uid) must create that socket, so its directory is the session's
    # while the server starts (no user code runs then: no kernel yet, user config disabled) and
    # root's, read-only for the session, from the moment the socket answers: a session can then
    # neither rename its own listener over it nor point it at a host socket with a link.
    def _open_socket_dir(self, uid: int) -> None:
        rt = self.runtime_dir
        rt.parent.mkdir(parents=True, exist_ok=True)  # $MOJITO_RUNTIME_DIR/users: root's, 0711
        with contextlib.suppress(FileExistsError):
            os.mkdir(rt, 0o700)
        fd = os.open(rt, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        try:
            # Leftovers of the previous server, removed without following anything.
            for entry in os.listdir(fd):
                with contextlib.suppress(OSError):
                    os.unlink(entry, dir_fd=fd)
            if os.geteuid() == 0:
                os.fchown(fd, uid, uid)
            os.fchmod(fd, 0o700)
        finally:
            os.close(fd)

    def _freeze_socket_dir(self) -> None:
        rt = self.runtime_dir
        fd = os.open(rt, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        try:
            if os.geteuid() == 0:
                os.fchown(fd, 0, 0)
                os.fchmod(fd, 0o711)
            st = os.stat("server.sock", dir_fd=fd, follow_symlinks=False)
        finally:
            os.close(fd)
        if not stat.S_ISSOCK(st.st_mode):
            raise SpawnException("The session's server socket is not a socket; the session was not started.",
                                 reason="bad_socket", status_code=500)

    @property
    def log_path(self) -> Path:
        return self._settings().hub_dir / "logs" / f"{self._slug}.log"

    def _log_tail(self, lines: int = 30) -> str:
        with contextlib.suppress(OSError), open(self.log_path, "rb") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - 64 * 1024))
            text = f.read().decode(errors="replace")
            return "\n".join(line[:500] for line in text.splitlines()[-lines:])
        return ""

    async def _watch_exit(self, proc: asyncio.subprocess.Process) -> None:
        code = await proc.wait()
        if code not in (0, -signal.SIGTERM, 128 + signal.SIGTERM, -signal.SIGKILL, 128 + signal.SIGKILL):
            self.log.warning("the server of %s exited with %s; its last output:\n%s",
                             self._log_name, code, self._log_tail())

    def server_log(self) -> str:
        return self._log_tail(self.log_tail_lines)

    # ---- state that survives a hub restart -----------------------------------------------------
    # A hub that crashes leaves its sessions running (their launcher is not its child in any way
    # that dies with it). The restarted hub loads each spawner's state and polls it: the launcher's
    # pid, with its start time so that a recycled pid is never taken for it.
    def get_state(self) -> dict[str, Any]:
        state = super().get_state()
        proc = getattr(self, "proc", None)
        pid = proc.pid if proc is not None and proc.returncode is None else (getattr(self, "_adopted", None) or (0,))[0]
        if pid:
            started = process_start(pid)
            if started is not None:
                state["mojito_launcher"] = [pid, started]
        return state

    def load_state(self, state: dict[str, Any]) -> None:
        super().load_state(state)
        launcher = state.get("mojito_launcher")
        self._adopted = (int(launcher[0]), int(launcher[1])) if launcher else None

    def clear_state(self) -> None:
        super().clear_state()
        self._adopted = None

    async def get_url(self) -> str:  # type: ignore[override]
        """Asked by a restarted hub of a server that poll() says runs: JupyterHub keeps a
        unix-socket address only in memory (Server.bind_url), so it is given again here."""
        self.server.bind_url = "http+unix://" + quote(str(self.socket_path), safe="")
        return self.server.url

    # ---- poll and stop -----------------------------------------------------------------------
    async def poll(self) -> int | None:  # type: ignore[override]
        proc = getattr(self, "proc", None)
        if proc is not None:
            return proc.returncode
        adopted = getattr(self, "_adopted", None)
        if adopted is not None and process_start(adopted[0]) == adopted[1]:
            return None  # started by an earlier hub process and still running: adopted
        # Nothing of ours runs (never started, or it ended while no hub watched): clear what it
        # left behind.
        self._adopted = None
        await asyncio.get_running_loop().run_in_executor(None, self._cgroup.destroy)
        return 0

    async def stop(self, now: bool = False) -> None:  # type: ignore[override]
        proc = getattr(self, "proc", None)
        if proc is not None and proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)  # the launcher's group: it and the sandbox
            try:
                await asyncio.wait_for(proc.wait(), timeout=0 if now else 5)
            except TimeoutError:
                pass
        adopted = getattr(self, "_adopted", None)
        if adopted is not None and process_start(adopted[0]) == adopted[1]:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(adopted[0], signal.SIGTERM)
            for _ in range(0 if now else 50):
                if process_start(adopted[0]) != adopted[1]:
                    break
                await asyncio.sleep(0.1)
        self._adopted = None
        cg = self._cgroup
        oom = cg.oom_kills()
        if oom:
            self.log.warning("%s: %d process(es) were killed at the memory limit", self._log_name, oom)
        await asyncio.get_running_loop().run_in_executor(None, cg.destroy)
        if proc is not None and proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await proc.wait()
        with contextlib.suppress(FileNotFoundError):
            self.socket_path.unlink()
        self.proc = None

    def oom_kills(self) -> int:
        return self._cgroup.oom_kills()



def process_start(pid: int) -> int | None:
    """The start time (clock ticks since boot) of a live process, None if there is none (or
    only a zombie): a pid and its start time name one process for good."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat_line.rsplit(")", 1)[1].split()
    return None if fields[0] in ("Z", "X") else int(fields[19])


class LocalSandboxSpawner(AdmissionMixin, LocalSandboxBackend):
    """The embedded default: admission by web/, then a local sandboxed server."""
